import KefuCore

extension BundleMessages {
    /// English (en).
    static let english: [MessageKey: String] = [
        .gitignoreText:
            "# The local store and its state; every colleague has their own.\n.kefu/\n# Open conflicts, written from the store until they are resolved.\nconflicts/\n",
        .conflictFileHeader:
            "# kefu: conflict on {0} ({1}), found while merging {2}.\n# The assistant answers with \"ours\" until it is resolved. Keep one side:\n#   kefu resolve {0} --ours\n#   kefu resolve {0} --theirs\n# or edit \"resolved\" below and run:\n#   kefu resolve {0} --file {3}",
        .workbookUnreadable:
            "the workbook cannot be read ({0}); save the sheet again from Excel or WPS as .xlsx, or as CSV (UTF-8)",
        .yamlCurlyQuotes:
            "the value of '{0}' is wrapped in “”, which YAML keeps as part of the text; use ASCII quotes \"…\", or none",
        .yamlFullWidthCommaList:
            "this list is one item ('{0}，…'): YAML separates items with an ASCII comma and a space; write [a, b], not [a，b]",
        .spreadsheetCellCount:
            "this row has {0} cells but the header has {1}: a cell that holds a comma must be in double quotes (\"亲,支持…\")",
        .yamlTabIndent: "this line is indented with a tab; YAML indents with spaces only",
        .yamlFullWidthColon:
            "'{0}' is followed by a full-width colon '：'; YAML needs an ASCII colon and a space: '{0}: '",
        .fileTwoSpellings:
            "this name is in the folder twice, spelled composed (NFC) and decomposed (NFD): they look the same but are two files; keep one",
        .spreadsheetTooLarge:
            "these FAQs would make a file larger than {0} MB, which every sync would refuse: split the sheet",
        .fileTooLarge: "file is larger than {0} MB; split it into smaller files",
        .fileUnreadable: "cannot read the file: {0}",
        .invalidUTF8: "the file is not valid UTF-8 here; save it as UTF-8",
        .yamlSyntax: "YAML syntax error: {0}",
        .yamlExpandsTooMuch:
            "the YAML expands to more than {0} values through its aliases (*name); write the values out instead",
        .folderUnreadable:
            "cannot read the folder: {0}; fix its permissions (kefu never takes an unreadable folder as empty)",
        .linkOutsideBundle: "is a link to {0}, outside the bundle; kefu does not follow it: copy the file in instead",
        .linkNotToAFile: "is a link to a folder or to nothing; kefu follows links only to files inside the bundle",
        .notAFile: "is not a file ({0}); remove it from the bundle",
        .duplicateYAMLKey: "the key '{0}' appears twice in this mapping; keep one",
        .yamlKeyNotText: "keys must be plain names",
        .expectedItemList: "this file must be a list of {0} items, each starting with '- id:'",
        .expectedItemMapping: "each item must be a mapping starting with 'id:'",
        .expectedManifestMapping: "bundle.yaml must be a mapping with format, id, name, fallback, …",
        .missingID: "this item has no 'id'; add one such as 'id: shipping-time'",
        .invalidID:
            "'{0}' is not a valid id: use lower-case letters, digits, '.', '_' and '-', at most 64 characters, starting with a letter or digit",
        .duplicateID: "duplicate id '{0}': also defined at {1}; ids must be unique within a kind",
        .folderNotInLayout: "'{0}/' is not part of the bundle layout and its files are ignored; did you mean '{1}/'?",
        .expectedOneItem: "this file must hold exactly one {0} item (or a conflict file with a 'resolved' item)",
        .unsupportedFormat: "format {0} is not supported; this kefu reads format 1",
        .invalidBundleID: "'id' must be the bundle's UUID (written by 'kefu init'), not '{0}'",
        .invalidVersion: "'version' must be a whole number (kefu bumps it; do not edit it by hand)",
        .missingTemplate: "'{0}' names template '{1}', which does not exist; add it under templates/ or fix the name",
        .templateSyntax: "template text for {0} does not parse: {1}",
        .modelMismatch: "this item passed its schema but could not be read ({0}); please report this as a bug",
        .missingTestTarget: "this test expects {0} '{1}', which does not exist",
        .spreadsheetEncoding: "the spreadsheet is neither UTF-8 nor GBK text; save it as CSV (UTF-8)",
        .spreadsheetUnreadable: "the spreadsheet cannot be read as CSV: {0}",
        .spreadsheetColumns:
            "the header row needs a question and an answer column (e.g. 问题, 答案 or question, answer); it has: {0}",
        .spreadsheetRowIncomplete: "this row has no question or no answer; fill both or delete the row",
        .spreadsheetDuplicate: "the question '{0}' is already on row {1}; merge the two rows",
    ]
}
