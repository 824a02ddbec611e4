s/ managed [0-9]*$//
