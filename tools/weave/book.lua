-- book.lua: Pandoc Lua filter for the woven chapters of the book.
-- Usage: pandoc --lua-filter tools/weave/book.lua with metadata
--   nw-dir       directory written by nw2md.awk (refs.tsv, anchors.tsv,
--                pages.txt)
--   nw-page      slug of the page being written (HTML only; "" for the PDF)
--   nw-runs      directory of captured runs, QEMU's and host programs'
--                (NN-slug/ID.txt)
--   nw-exercises directory of exercise handouts (NN-slug/*.md)
--   nw-figures   directory of rendered figures (NAME.svg, NAME.pdf)
--   nw-search    file for the page's search records (HTML; optional)
-- It draws chunk headers, turns "Run it" blocks into captured console
-- output, fills `::: exercises` divs, points figures at PDF renderings,
-- sets letters and symbols Latin Modern lacks in other fonts (PDF),
-- makes links to anchors on other chapter pages absolute, numbers the
-- sections of an HTML page (8.1, 8.2; in an appendix A.1, A.2; in a
-- chapter's workshop page, NN-slug-workshop, W8.1, W8.2, under the title
-- "8 — Workshop: ...") and writes the page's records for the client-side
-- search.

local meta = {}
local refs = {}      -- label -> {page=, num=, name=}
local anchors = {}   -- anchor -> page
local numbers = {}   -- page -> its number: 8 for a chapter, A for an appendix,
                     -- W8 for chapter 8's workshop
local is_latex = FORMAT:match("latex") ~= nil
local is_html = FORMAT:match("html") ~= nil

local function str(m)
  if m == nil then return "" end
  return pandoc.utils.stringify(m)
end

local function fail(msg)
  io.stderr:write("weave: " .. msg .. "\n")
  os.exit(1)
end

local function read_file(path)
  local f = io.open(path, "r")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function load_tables()
  local dir = meta.dir
  local s = read_file(dir .. "/refs.tsv") or fail("cannot read " .. dir .. "/refs.tsv")
  for idx, label, page, num, name in s:gmatch("(%d+)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\n]*)\n") do
    if label ~= "-" then refs[label] = {page = page, num = num, name = name, tex = "nwc" .. idx} end
  end
  s = read_file(dir .. "/anchors.tsv") or ""
  for a, p in s:gmatch("([^\t\n]+)\t([^\n]+)\n") do anchors[a] = p end
  s = read_file(dir .. "/pages.txt") or ""
  for p, n in s:gmatch("([^\t\n]+)\t([^\n]+)\n") do numbers[p] = n end
end

-- A chapter's workshop page is its slug and "-workshop", numbered W8.
local function workshop_of(page)
  return page:match("^(.+)%-workshop$")
end

-- An appendix's slug is LETTER-slug and its number that letter.
local function is_appendix(page)
  return page:match("^%u%-") ~= nil and not workshop_of(page)
end

local function latex_escape(s)
  return (s:gsub("[\\{}$&#^_%%~]", function(c)
    if c == "\\" then return "\\textbackslash{}" end
    if c == "^" then return "\\textasciicircum{}" end
    if c == "~" then return "\\textasciitilde{}" end
    return "\\" .. c
  end))
end

local function html_escape(s)
  return (s:gsub("[&<>\"]", {["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;"}))
end

local function is_root(name)
  return name:match("/") or name:match("%.[%a]+$") or name:match("^[%w_.-]*[Mm]akefile$")
end

-- href for an anchor, relative to the page being written
local function href(anchor)
  local p = anchors[anchor]
  if is_html and p and p ~= meta.page then return p .. ".html#" .. anchor end
  return "#" .. anchor
end

local function chunk_header(div)
  local label = div.identifier
  local r = refs[label]
  if not r then fail("chunk label " .. label .. " missing from refs.tsv") end
  local op = div.classes:includes("nwcont") and "+≡" or "≡"
  local root = is_root(r.name)
  if is_latex then
    local name = latex_escape(r.name)
    if root then name = "\\texttt{" .. name .. "}" end
    return pandoc.RawBlock("latex", string.format("\\nwhead{%s}{%s}{%s}{%s}",
      r.tex, name, r.num, op == "+≡" and "+\\ensuremath{\\equiv}" or "\\ensuremath{\\equiv}"))
  end
  local name = html_escape(r.name)
  if root then name = "<code>" .. name .. "</code>" end
  return pandoc.RawBlock("html", string.format(
    '<div class="nwhead"><a class="nwself" href="#%s">⟨<span class="nwname">%s</span>&nbsp;<span class="nwnumber">%s</span>⟩</a><span class="nwop">%s</span></div>',
    label, name, r.num, op))
end

-- Code is written to fit 80 columns; "Run it" output is what the kernel
-- printed, as wide as Linux's reports.  A block wider than 80 columns is
-- set smaller in the PDF, down to the size at which run_max_columns fit;
-- a longer line goes on in the next line after a continuation mark.
local code_columns = 80
local run_max_columns = 144
local continuation = "↪ "

-- The characters of a line as a terminal shows it, tabs expanded to 8.
local function cells(line)
  local out = {}
  for _, c in utf8.codes(line) do
    if c == 9 then
      repeat out[#out + 1] = " " until #out % 8 == 0
    else out[#out + 1] = utf8.char(c) end
  end
  return out
end

local function widest_line(text)
  local w = 0
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    w = math.max(w, #cells(line))
  end
  return w
end

-- Tabs expanded, then each line longer than max cut into pieces, every
-- piece after the first starting with the continuation mark.
local function break_lines(text, max)
  local out = {}
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    local chars = cells(line)
    local first, piece = 1, max
    while #chars - first + 1 > piece do
      out[#out + 1] = (first > 1 and continuation or "") ..
                      table.concat(chars, "", first, first + piece - 1)
      first = first + piece
      piece = max - #cells(continuation)
    end
    out[#out + 1] = (first > 1 and continuation or "") ..
                    table.concat(chars, "", first)
  end
  return table.concat(out, "\n")
end

-- The caption of a qemu-run: the make command that boots the same way,
-- and what is typed at the prompt.
local function qemu_caption(cb, ch)
  -- CH=8 for a chapter, CH=A for an appendix, as tools/chapter-slug.sh
  -- reads them
  local chnum = tonumber(ch:match("^(%d+)%-")) or ch:match("^(%u)%-") or ch
  local cmd = "$ make boot CH=" .. chnum
  local cmdline = cb.attributes["cmdline"]
  if cmdline and cmdline ~= "" then
    if cmdline:match("[%s\"']") then cmdline = "'" .. cmdline .. "'" end
    cmd = cmd .. " CMDLINE=" .. cmdline
  end
  local q = cb.attributes["qemu"]
  if q and q ~= "" then cmd = cmd .. " QEMU_EXTRA='" .. q .. "'" end
  local input = cb.attributes["input"]
  local caption = {pandoc.Code(cmd)}
  if input and input ~= "" then
    local typed = input:gsub("\\n$", ""):gsub("\\n", ", ")
    caption[#caption + 1] = pandoc.Str(" (typed at the prompt: ")
    caption[#caption + 1] = pandoc.Code(typed)
    caption[#caption + 1] = pandoc.Str(")")
  end
  return caption
end

-- The caption of a host-run: the program in the chapter's build directory
-- and its arguments (or a script of tools/, given the build directory
-- first), and a word that what it printed (timings, for a benchmark)
-- belongs to the machine that built the book.
local function host_caption(cb, ch)
  local command = cb.attributes["command"] or ""
  if not command:match("^[%w_.-]+") then
    fail(ch .. ": host-run block #" .. cb.identifier ..
         " has no command=\"PROGRAM ARGS\"")
  end
  local script, args = command:match("^(tools/[%w_.-]+)(.*)$")
  local shown = script and script .. " build/" .. ch .. args or
                "build/" .. ch .. "/" .. command
  return {pandoc.Code("$ " .. shown),
          pandoc.Str(" (on the machine that built the book)")}
end

local function run_block(cb, kind)
  local id = cb.identifier
  local ch = cb.attributes["chapter"] or meta.page
  if id == "" then fail(ch .. ": a " .. kind .. " block has no #id") end
  local path = meta.runs .. "/" .. ch .. "/" .. id .. ".txt"
  local text = read_file(path)
  if not text then
    fail(ch .. ": no captured output for " .. kind .. " block #" .. id ..
         " (expected " .. path .. "; run `make runs`)")
  end
  -- show="no": a run that only feeds a figure (figures/NN-name.gp)
  if cb.attributes["show"] == "no" then return {} end
  text = text:gsub("\r", ""):gsub("\n+$", "")
  -- from="TEXT": the output from the first line that begins with TEXT
  -- (a monitor session without the boot log before its first prompt),
  -- with a line that says how many lines were left out
  local from = cb.attributes["from"]
  if from then
    local start = text:find("\n" .. from, 1, true)
    if text:sub(1, #from) == from then start = 0 end
    if not start then
      fail(ch .. ": run #" .. id .. " printed no line beginning with \"" ..
           from .. "\"")
    end
    local _, skipped = text:sub(1, start):gsub("\n", "")
    if start == 0 then skipped = 0 end
    if skipped > 0 then
      text = string.format("[%d earlier line%s left out]\n", skipped,
                           skipped == 1 and "" or "s") ..
             text:sub(start + 1)
    end
  end
  local caption = kind == "host-run" and host_caption(cb, ch) or
                  qemu_caption(cb, ch)
  local cols = widest_line(text)
  local classes = {kind}
  if cols > code_columns then classes[#classes + 1] = "wide" end
  if not (is_latex and cols > code_columns) then
    return pandoc.Div({pandoc.Para(caption),
                       pandoc.CodeBlock(text, pandoc.Attr("", {"console"}))},
                      pandoc.Attr(id, classes))
  end
  -- set in the size that makes the widest line fit (header.tex); past
  -- the smallest legible size, longer lines are broken with a mark
  return pandoc.Div({
    pandoc.Para(caption),
    pandoc.RawBlock("latex", string.format("\\begin{nwrun}{%d}",
                                           math.min(cols, run_max_columns))),
    pandoc.CodeBlock(break_lines(text, run_max_columns),
                     pandoc.Attr("", {"console"})),
    pandoc.RawBlock("latex", "\\end{nwrun}")
  }, pandoc.Attr(id, classes))
end

local function exercises(div)
  local ch = div.attributes["chapter"] or meta.page
  local dir = meta.exercises .. "/" .. ch
  local p = io.popen("ls '" .. dir .. "' 2>/dev/null")
  local names = {}
  for n in p:lines() do if n:match("%.md$") then names[#names + 1] = n end end
  p:close()
  table.sort(names)
  local blocks = {}
  for _, n in ipairs(names) do
    local doc = pandoc.read(read_file(dir .. "/" .. n), "markdown")
    for _, b in ipairs(doc.blocks) do
      if b.t == "Header" then b.classes:insert("unnumbered") end
      blocks[#blocks + 1] = b
    end
  end
  if #blocks == 0 then
    blocks = {pandoc.Para({pandoc.Emph({pandoc.Str("No exercises yet.")})})}
  end
  return pandoc.Div(blocks, pandoc.Attr("", {"exercises"}))
end

local filter = {}

-- A div's blocks between two lines of raw LaTeX.
local function wrap_latex(div, before, after)
  local out = {pandoc.RawBlock("latex", before)}
  for _, b in ipairs(div.content) do out[#out + 1] = b end
  out[#out + 1] = pandoc.RawBlock("latex", after)
  return out
end

function filter.Div(div)
  if div.classes:includes("nwchunk") then
    local blocks = {chunk_header(div)}
    for _, b in ipairs(div.content) do blocks[#blocks + 1] = b end
    if is_latex then
      table.insert(blocks, 1, pandoc.RawBlock("latex", "\\begin{nwchunk}"))
      blocks[#blocks + 1] = pandoc.RawBlock("latex", "\\end{nwchunk}")
      return blocks
    end
    div.content = blocks
    return div
  end
  if div.classes:includes("exercises") then
    -- the handouts are read here, after this filter's walk has passed
    -- their place: their letters and symbols still need the PDF's fonts
    local ex = exercises(div)
    if is_latex then ex = pandoc.walk_block(ex, {Str = filter.Str}) end
    return ex
  end
  -- the bibliography's long titles and addresses: ragged right, rather
  -- than stretched spaces
  if is_latex and div.classes:includes("bibliography") then
    return wrap_latex(div, "\\begingroup\\raggedright", "\\par\\endgroup")
  end
  if is_latex and div.classes:includes("nwinfo") then
    return wrap_latex(div, "\\begin{nwinfo}", "\\end{nwinfo}")
  end
  -- a chapter's line about its workshop (nw2md.awk): in the PDF, with
  -- the page where the workshop starts
  if div.classes:includes("nwworkshoplink") and is_latex then
    div = pandoc.walk_block(div, {Link = function(l)
      local a = l.target:match("^#(workshop%-.+)$")
      if not a then return nil end
      return {l, pandoc.RawInline("latex", "~(p.\\,\\pageref{" .. a .. "})")}
    end})
    return wrap_latex(div, "\\begin{nwworkshoplink}", "\\end{nwworkshoplink}")
  end
end

function filter.CodeBlock(cb)
  if cb.classes:includes("qemu-run") then return run_block(cb, "qemu-run") end
  if cb.classes:includes("host-run") then return run_block(cb, "host-run") end
end

function filter.Link(l)
  local anchor = l.target:match("^#(.+)$")
  if not anchor then return nil end
  if is_latex then
    local r = refs[anchor]
    if r and l.classes:includes("nwref") then
      return pandoc.RawInline("latex", string.format("\\nwref{%s}{%s}{%s}",
        r.tex, latex_escape(r.name), r.num))
    end
    if r and l.classes:includes("nwnum") then
      return pandoc.RawInline("latex", string.format("\\nwnum{%s}{%s}", r.tex, r.num))
    end
    return nil
  end
  l.target = href(anchor)
  return l
end

-- Figures are numbered per chapter, "Figure 1.2" (in an appendix "Figure
-- A.1"), as LaTeX numbers them in the PDF; in HTML the number is written
-- into the caption here.
local figure_count = 0

function filter.Image(img)
  local fig = img.src:match("^figures/(.+)%.svg$")
  if fig == nil or not read_file(meta.figures .. "/" .. fig .. ".svg") then
    fail((meta.page ~= "" and meta.page .. ": " or "") .. "figure " ..
         img.src .. " does not exist (figures/ has no source for it, " ..
         "or it was not rendered into " .. meta.figures .. ")")
  end
  if not is_latex and img.title == "fig:" then
    local chapter = numbers[meta.page]
    if chapter then
      figure_count = figure_count + 1
      local label = string.format("Figure %s.%d: ", chapter, figure_count)
      table.insert(img.caption, 1, pandoc.Strong(pandoc.Str(label)))
      return img
    end
  end
  local name = img.src:match("^figures/(.+)%.svg$")
  if is_latex and name then
    local pdf = meta.figures .. "/" .. name .. ".pdf"
    if not read_file(pdf) then
      fail("figure " .. img.src .. " has no PDF rendering " .. pdf)
    end
    img.src = pdf
    return img
  end
end

-- Latin Modern, the PDF's text font, has Latin letters and the common
-- punctuation but no Greek, Cyrillic or Japanese, and few symbols (no
-- <= or >=, no box drawing).  Runs of those are set in fonts that have
-- them (header.tex): \nwcjk Japanese, \nwalt other letters (DejaVu
-- Serif), \nwsym symbols (DejaVu Sans).
local latin_modern_has = {
  [0x2026] = true, [0x2030] = true, [0x2039] = true, [0x203A] = true,
  [0x2044] = true, [0x20AC] = true, [0x2122] = true, [0x2212] = true,
  [0x221A] = true, [0x221E] = true, [0x2261] = true, [0x27E8] = true,
  [0x27E9] = true,
}

local function script_of(c)
  if c < 0x0370 then return nil end
  if c < 0x2000 then return "alt" end
  if (c >= 0x2010 and c <= 0x2022) or (c >= 0x2190 and c <= 0x2193) or
     latin_modern_has[c] then return nil end
  if (c >= 0x2E80 and c <= 0x9FFF) or (c >= 0xF900 and c <= 0xFAFF) or
     (c >= 0xFF00 and c <= 0xFFEF) then return "cjk" end
  return "sym"
end

function filter.Str(el)
  if not is_latex or not el.text:find("[\205-\244]") then return nil end
  local out, run, kind = {}, {}, false
  local function flush()
    if #run == 0 then return end
    local text = table.concat(run)
    if kind then
      out[#out + 1] = pandoc.RawInline("latex", "\\nw" .. kind .. "{" ..
                                       latex_escape(text) .. "}")
    else
      out[#out + 1] = pandoc.Str(text)
    end
    run = {}
  end
  for _, c in utf8.codes(el.text) do
    local k = script_of(c) or false
    if k ~= kind then flush(); kind = k end
    run[#run + 1] = utf8.char(c)
  end
  flush()
  return out
end

function filter.Header(h)
  if h.level == 1 and h.classes:includes("nwappendix") and is_latex then
    -- An unnumbered chapter leaves the running heads of the one before;
    -- set them to the back matter's own title.  (book.sh puts \appendix
    -- before the first appendix, or before the back matter.)
    local title = pandoc.utils.stringify(h.content)
    return {h, pandoc.RawBlock("latex", "\\markboth{" .. title .. "}{" ..
                               title .. "}")}
  end
end

-- HTML section numbers: pandoc --number-sections writes the "number" of
-- each heading; given here, from the page's number, so that an appendix
-- reads "Appendix A" with sections A.1, A.2 as LaTeX numbers it.  Every
-- heading is numbered, in a div too, as pandoc would.
local function number_sections(doc)
  local page = numbers[meta.page]
  if not is_html or not page then return end
  local count = {0, 0, 0, 0, 0, 0}
  local chapter = workshop_of(meta.page)
  local function number(h)
    if h.classes:includes("unnumbered") then return nil end
    count[h.level] = count[h.level] + 1
    for l = h.level + 1, #count do count[l] = 0 end
    local parts = {page}
    for l = 2, h.level do parts[#parts + 1] = tostring(count[l]) end
    local num = table.concat(parts, ".")
    if h.level == 1 and chapter then
      -- "8 — Workshop: The zone allocator"
      num = (numbers[chapter] or page) .. " —"
      table.insert(h.content, 1, pandoc.Str("Workshop: "))
    elseif h.level == 1 and is_appendix(meta.page) then
      num = "Appendix " .. page
    end
    h.attributes["number"] = num
    return h
  end
  doc.blocks = pandoc.walk_block(pandoc.Div(doc.blocks),
                                 {Header = number}).content
end

-- Search records (HTML only, when nw-search names a file): one line per
-- section, "href TAB number TAB title TAB text", the text being the
-- section's prose and figure captions (code is found through the chunk
-- names and identifiers, which search-index.awk adds).
local function flat(s)
  return (s:gsub("[\t\r\n]+", " "):gsub("  +", " "))
end

local function search_records(doc)
  if not is_html or meta.search == "" then return nil end
  local chapter = numbers[meta.page]
  local recs, cur, pagetitle = {}, nil, nil
  -- each paragraph (a list item's, a table cell's) on its own, so that
  -- words of neighbouring cells do not run together
  local function add_text(b)
    if not cur then return end
    local function add(el) cur.text[#cur.text + 1] = pandoc.utils.stringify(el) end
    if b.t == "Para" or b.t == "Plain" then add(b); return end
    pandoc.walk_block(b, {Para = add, Plain = add})
  end
  for _, b in ipairs(doc.blocks) do
    if b.t == "Header" then
      local num = b.attributes["number"] or ""
      local href = meta.page .. ".html"
      local title = pandoc.utils.stringify(b.content)
      if b.level == 1 then pagetitle = title
      else href = href .. "#" .. b.identifier end
      -- in the back matter, "Bibliography: Linux" says where "Linux" is
      if not chapter and b.level > 1 and pagetitle then
        title = pagetitle .. ": " .. title
      end
      cur = {href = href, num = num, title = title, text = {}}
      recs[#recs + 1] = cur
    elseif b.t == "Div" and (b.classes:includes("nwchunk") or
                             b.classes:includes("qemu-run") or
                             b.classes:includes("host-run") or
                             b.classes:includes("nwworkshoplink")) then
      -- code, captured output, the line about the workshop: not prose
    elseif b.t ~= "CodeBlock" and b.t ~= "RawBlock" and b.t ~= "HorizontalRule" then
      add_text(b)
    end
  end
  local f = io.open(meta.search, "w") or fail("cannot write " .. meta.search)
  for _, r in ipairs(recs) do
    f:write(r.href, "\t", r.num, "\t", flat(r.title), "\t",
            flat(table.concat(r.text, " ")), "\n")
  end
  f:close()
  return nil
end

return {
  {Meta = function(m)
    meta.dir = str(m["nw-dir"])
    meta.page = str(m["nw-page"])
    meta.runs = str(m["nw-runs"])
    meta.exercises = str(m["nw-exercises"])
    meta.figures = str(m["nw-figures"])
    meta.search = str(m["nw-search"])
    load_tables()
  end},
  filter,
  {Pandoc = function(doc)
    number_sections(doc)
    search_records(doc)
    return doc
  end}
}
