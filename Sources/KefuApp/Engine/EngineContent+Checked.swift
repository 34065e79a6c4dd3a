import KefuCore
import KefuEngine

extension EngineContent {
    /// `body`'s result, with content the engine cannot read (`EngineContentError`) turned into a data
    /// error for the person (`EngineContentError.diagnostic`, the one wording of it).
    public static func checked<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as EngineContentError {
            throw AppFailure(.dataError, diagnostics: [error.diagnostic])
        }
    }
}
