import CEdit
import Foundation
import KefuBundle

#if canImport(Glibc)
    import Glibc
#endif

/// Line editing and history through libedit: arrow keys, Emacs bindings, history kept in a file.
/// Ctrl-C cancels the line being typed; Ctrl-D on an empty line ends the input.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the typed text is dropped.
        case cancelled
        /// Ctrl-D on an empty line, or the terminal went away.
        case end
    }

    /// Lines kept in the history file.
    static let historySize: Int32 = 1000

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    private let historyURL: URL
    /// The prompt as libedit reads it, kept alive as long as the editor.
    private let prompt: UnsafeMutablePointer<CChar>
    /// Set by the Ctrl-C binding while `el_gets` runs.
    private var cancelled = false

    init(program: String, prompt: String, historyURL: URL) {
        Self.useUTF8()
        self.prompt = strdup(prompt)
        self.historyURL = historyURL
        editor = kefu_el_init_standard(program)
        history = history_init()
        _ = kefu_history_set_size(history, &event, Self.historySize)
        _ = kefu_history_set_unique(history, &event, 1)
        _ = kefu_history_load(history, &event, historyURL.path)
        _ = kefu_el_set_editor(editor, "emacs")
        _ = kefu_el_set_signal(editor, 1)
        _ = kefu_el_set_history(editor, history)
        _ = kefu_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        _ = kefu_el_set_prompt(editor) { editor in
            guard let editor, let data = kefu_el_get_client_data(editor) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().prompt
        }
        _ = kefu_el_bind_cancel(editor) { editor, _ in
            if let editor, let data = kefu_el_get_client_data(editor) {
                Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().cancelled = true
            }
            return UInt8(CC_NEWLINE)
        }
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(prompt)
    }

    /// Reads one line (without its newline).
    func read() -> Input {
        cancelled = false
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count), count > 0 else { return .end }
        if cancelled { return .cancelled }
        var line = String(cString: raw)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to the history and saves the history file (atomically: a kill never truncates it).
    func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        _ = kefu_history_enter(history, &event, line)
        let temporary = historyURL.deletingLastPathComponent().appending(path: ".history.saving")
        guard kefu_history_save(history, &event, temporary.path) >= 0,
            let data = try? Data(contentsOf: temporary)
        else { return }
        try? FileManager.default.removeItem(at: temporary)
        try? AtomicFile.write(data, to: historyURL)
    }

    /// libedit reads multibyte characters through the C locale's encoding: make it UTF-8, so Chinese
    /// input is edited as characters, not bytes.
    private static func useUTF8() {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}
