import Foundation
import KefuCore
import KefuEngine
import KefuSentenceModel
import KefuStore

/// The one place an engine is built for a bundle: from the store's current items or from records (the
/// folder's files, an older changeset), with the compiled FAQ index kept in `.kefu/engine/` and the
/// sentence model when one is installed. Commands, servers and the REPL all get their engine here.
extension Workspace {
    /// Where the engine keeps its compiled parts, beside the store.
    var engineIndexes: EngineIndexFolder { EngineIndexFolder(folder: root.appending(path: ".kefu/engine")) }

    /// The sentence model with this bundle's kept embeddings (in `.kefu/engine/`), or why there is no model.
    public var semantics: SemanticSetup {
        SentenceModel.setup(store: EmbeddingFolder(folder: root.appending(path: ".kefu/engine")))
    }

    /// The engine for `store`'s current items, its compiled parts read from `.kefu/engine/` when kept there
    /// (then each FAQ and rule is decoded only when an answer reads it).
    public func engine(from store: Store) throws -> Engine {
        try EngineContent.checked {
            // A temporary, so the engine lets the records go once it has decoded them.
            try Engine(
                records: try store.contentRecords(), keptIn: engineIndexes, build: ExecutableIdentity.current,
                semantics: semantics,
                progress: progress)
        }
    }

    /// The engine for `records` (the folder's files, or an older changeset's items); with `keepingIndex`
    /// its FAQ index is read from and kept in `.kefu/engine/` like the store's.
    public func engine(for records: [ContentRecord], keepingIndex: Bool = false) throws -> Engine {
        try EngineContent.checked {
            Engine(
                content: try EngineContent(records: records), indexCache: keepingIndex ? engineIndexes : nil,
                semantics: semantics, progress: progress)
        }
    }

    /// The assistant of `store`'s current items and this bundle's shop data.
    public func assistant(from store: Store) throws -> Assistant {
        Assistant(engine: try engine(from: store), shop: try shopData())
    }

    /// The assistant of `records` (another folder's files, an older changeset) with this bundle's shop data.
    public func assistant(for records: [ContentRecord], keepingIndex: Bool = false) throws -> Assistant {
        Assistant(engine: try engine(for: records, keepingIndex: keepingIndex), shop: try shopData())
    }
}
