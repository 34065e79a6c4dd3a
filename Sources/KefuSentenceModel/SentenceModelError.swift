/// Why the sentence model cannot be used. kefu then answers by words alone and says this once.
public enum SentenceModelError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case unloadable(String, String)
    case broken(String, String)
    case failed(Int)

    public var description: String {
        switch self {
        case .missing(let path): "\(path) is missing (run Scripts/install-model; see INSTALL.md)"
        case .unloadable(let path, let reason): "cannot load \(path): \(reason)"
        case .broken(let path, let reason): "\(path) is not a usable model: \(reason)"
        case .failed(let status): "the model's engine failed (status \(status))"
        }
    }
}
