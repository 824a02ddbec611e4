/* book.js: the HTML book's behaviours (copied to build/book/html/).
 * 1. On a narrow screen the contents sidebar folds into a bar with a
 *    "Contents" button; the button opens and closes it.
 * 2. Search: the box in the sidebar looks up identifiers, chunk names and
 *    the text of every section in window.BOOK_SEARCH, which
 *    search-index.js (written when the book is woven, loaded the first
 *    time the box is used) defines.  Results
 *    appear under the box as links; Enter follows the first, Escape
 *    clears, "/" anywhere on the page moves to the box.
 * 3. The sidebar scrolls to the chapter being read and marks the
 *    section on the screen.
 * No network: everything it uses is in this directory. */
(function () {
	"use strict";

	function el(tag, cls, text) {
		var e = document.createElement(tag);
		if (cls) e.className = cls;
		if (text !== undefined) e.appendChild(document.createTextNode(text));
		return e;
	}

	function setupToggle() {
		var button = document.getElementById("nav-toggle");
		if (!button) return;
		function show(open) {
			document.body.classList.toggle("nav-open", open);
			button.setAttribute("aria-expanded", open ? "true" : "false");
		}
		button.addEventListener("click", function () {
			show(!document.body.classList.contains("nav-open"));
		});
		/* following a link folds the bar again, out of the text's way */
		document.getElementById("sidebar").addEventListener("click",
			function (e) {
				if (e.target.closest && e.target.closest("a")) show(false);
			});
	}

	/* ---- search ---- */
	var index = null;

	function prepare() {
		var S = window.BOOK_SEARCH;
		if (!S) return null;
		var i, out = {sections: [], names: []};
		for (i = 0; i < S.sections.length; i++) {
			var s = S.sections[i];
			out.sections.push({href: s[0], num: s[1], title: s[2],
				text: s[3], ltitle: s[2].toLowerCase(),
				ltext: s[3].toLowerCase()});
		}
		for (i = 0; i < S.ids.length; i++)
			out.names.push({kind: "identifier", name: S.ids[i][0],
				lname: S.ids[i][0].toLowerCase(),
				href: S.ids[i][1], num: S.ids[i][2]});
		for (i = 0; i < S.chunks.length; i++)
			out.names.push({kind: "chunk", name: S.chunks[i][0],
				lname: S.chunks[i][0].toLowerCase(),
				href: S.chunks[i][1], num: S.chunks[i][2]});
		return out;
	}

	function count(hay, word) {
		var n = 0, at = hay.indexOf(word);
		while (at >= 0 && n < 50) {
			n++;
			at = hay.indexOf(word, at + word.length);
		}
		return n;
	}

	/* Every word must occur.  Results come in three groups, each ranked
	 * and cut short: identifiers (exact name, then prefix, then
	 * substring), sections (title matches, then how often the words occur
	 * in the text), chunk names. */
	function search(query) {
		var words = query.toLowerCase().split(/\s+/).filter(Boolean);
		var ids = [], secs = [], chunks = [], i, j;
		if (!words.length) return [];
		var whole = words.join(" ");
		for (i = 0; i < index.names.length; i++) {
			var n = index.names[i], score = 0;
			if (n.lname === whole) score = 3;
			else if (n.lname.indexOf(whole) === 0) score = 2;
			else {
				for (j = 0; j < words.length; j++)
					if (n.lname.indexOf(words[j]) < 0) break;
				if (j === words.length) score = 1;
			}
			if (score)
				(n.kind === "chunk" ? chunks : ids).push(
					{score: score - n.name.length / 1000, item: n});
		}
		for (i = 0; i < index.sections.length; i++) {
			var s = index.sections[i], total = 0;
			for (j = 0; j < words.length; j++) {
				var t = count(s.ltitle, words[j]), x = count(s.ltext, words[j]);
				if (!t && !x) break;
				total += 1000 * t + x;
			}
			if (j === words.length)
				secs.push({score: total, item: s, word: words[0]});
		}
		function best(a, n) {
			a.sort(function (x, y) { return y.score - x.score; });
			return a.slice(0, n);
		}
		return best(ids, 5).concat(best(secs, 8), best(chunks, 5));
	}

	/* A few words of the section around the first match, the match marked. */
	function snippet(s, word) {
		var at = s.ltext.indexOf(word);
		var li = el("span", "snippet");
		if (at < 0) return li;
		var from = Math.max(0, at - 40), to = Math.min(s.text.length, at + word.length + 60);
		li.appendChild(document.createTextNode((from > 0 ? "…" : "") +
			s.text.slice(from, at)));
		li.appendChild(el("mark", "", s.text.slice(at, at + word.length)));
		li.appendChild(document.createTextNode(s.text.slice(at + word.length, to) +
			(to < s.text.length ? "…" : "")));
		return li;
	}

	function render(list, hits, query) {
		list.innerHTML = "";
		if (!query) { list.hidden = true; return; }
		list.hidden = false;
		if (!hits.length) {
			list.appendChild(el("li", "none", "Nothing found."));
			return;
		}
		for (var i = 0; i < hits.length; i++) {
			var h = hits[i].item, li = el("li"), a = el("a");
			a.href = h.href;
			if (h.kind) {
				a.appendChild(el("span", "kind", h.kind === "chunk" ?
					"chunk " + h.num : "identifier, defined in " + h.num));
				a.appendChild(el(h.kind === "identifier" ? "code" : "em", "",
					h.kind === "chunk" ? "⟨" + h.name + "⟩" : h.name));
			} else {
				a.appendChild(el("span", "kind", "section"));
				a.appendChild(el("strong", "", (h.num ? h.num + " " : "") + h.title));
				a.appendChild(snippet(h, hits[i].word));
			}
			li.appendChild(a);
			list.appendChild(li);
		}
	}

	/* The index (a script, so that it loads from file:// too) is fetched
	 * the first time the reader uses the box, then fn runs. */
	function withIndex(box, fn) {
		if (index) { fn(); return; }
		if (!window.BOOK_SEARCH) {
			var tag = document.getElementById("search-index");
			if (!tag) {
				tag = document.createElement("script");
				tag.id = "search-index";
				tag.src = "search-index.js";
				tag.onerror = function () {
					box.disabled = true;
					box.value = "";
					box.placeholder = "Search index missing";
				};
				document.head.appendChild(tag);
			}
			tag.addEventListener("load", function () { withIndex(box, fn); });
			return;
		}
		index = prepare();
		fn();
	}

	function setupSearch() {
		var box = document.getElementById("search-box");
		var list = document.getElementById("search-results");
		if (!box || !list) return;
		var timer = null;
		function run() {
			var q = box.value.trim();
			if (q.length < 2) { render(list, [], ""); return; }
			withIndex(box, function () {
				if (box.value.trim() === q) render(list, search(q), q);
			});
		}
		box.addEventListener("focus", function () { withIndex(box, function () {}); });
		box.addEventListener("input", function () {
			clearTimeout(timer);
			timer = setTimeout(run, 80);
		});
		box.addEventListener("keydown", function (e) {
			if (e.key === "Enter") {
				var first = list.querySelector("a");
				if (first) window.location.href = first.href;
				e.preventDefault();
			} else if (e.key === "Escape") {
				box.value = "";
				render(list, [], "");
			}
		});
		document.addEventListener("keydown", function (e) {
			if (e.key === "/" && document.activeElement !== box) {
				document.body.classList.add("nav-open");
				box.focus();
				e.preventDefault();
			}
		});
		/* PAGE.html?q=WORDS opens with a search done */
		var m = /[?&]q=([^&]*)/.exec(window.location.search);
		if (m) {
			box.value = decodeURIComponent(m[1].replace(/\+/g, " "));
			document.body.classList.add("nav-open");
			run();
		}
	}

	/* With many chapters the one being read may sit below the fold of
	 * the sidebar: bring it into view. */
	function showCurrent() {
		var side = document.getElementById("sidebar");
		var cur = side && side.querySelector(".toc > ul > li.current");
		if (cur && side.scrollHeight > side.clientHeight)
			side.scrollTop = Math.max(0, cur.offsetTop - side.clientHeight / 4);
	}

	/* The section being read is marked in the sidebar as the page
	 * scrolls: the last one whose start is above a third of the window. */
	function trackSection() {
		var page = window.location.pathname.split("/").pop();
		var links = {}, secs = [], current = null, pending = false;
		var as = document.querySelectorAll("#sidebar .toc a");
		for (var i = 0; i < as.length; i++) {
			var h = as[i].getAttribute("href").split("#");
			if (page && h[0] === page && h[1]) links[h[1]] = as[i];
		}
		var all = document.querySelectorAll("main section[id]");
		for (var k = 0; k < all.length; k++)
			if (links[all[k].id]) secs.push(all[k]);
		if (!secs.length) return;
		function update() {
			pending = false;
			var line = window.innerHeight / 3, best = secs[0];
			for (var j = 0; j < secs.length; j++)
				if (secs[j].getBoundingClientRect().top <= line) best = secs[j];
			var a = links[best.id];
			if (a === current) return;
			if (current) current.classList.remove("here");
			a.classList.add("here");
			current = a;
		}
		window.addEventListener("scroll", function () {
			if (!pending) {
				pending = true;
				window.requestAnimationFrame(update);
			}
		});
		update();
	}

	function start() {
		showCurrent();
		trackSection();
		setupToggle();
		setupSearch();
	}
	if (document.readyState === "loading")
		document.addEventListener("DOMContentLoaded", start);
	else
		start();
})();
