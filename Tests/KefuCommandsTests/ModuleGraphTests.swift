import Foundation
import Testing

/// The module graph as Package.swift declares it is the one the code uses and the one
/// Documentation/ARCHITECTURE.md draws: every `import` of a target is one of its declared dependencies
/// (a module that builds only because another target brought it in breaks the day that target changes),
/// and the architecture's table of direct dependencies is Package.swift's.
@Suite struct ModuleGraphTests {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..").standardizedFileURL

    /// Modules every target may import: the toolchain's own.
    static let toolchain: Set<String> = [
        "Foundation", "FoundationEssentials", "FoundationXML", "FoundationNetworking", "Glibc", "Darwin", "Dispatch",
        "Synchronization",
        "Testing",
    ]

    /// Each target of Package.swift with its direct dependencies (targets by name, products by module name).
    static func declaredTargets() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: root.appending(path: "Package.swift"), encoding: .utf8)
        var targets: [String: Set<String>] = [:]
        for start in manifest.matches(of: /\.(?:target|testTarget|executableTarget|systemLibrary)\(/) {
            let body = balanced(manifest[start.range.upperBound...])
            guard let name = body.firstMatch(of: /name: "(\w+)"/)?.1 else { continue }
            var dependencies: Set<String> = []
            if let list = body.firstMatch(of: /dependencies: \[/) {
                let items = balanced(body[list.range.upperBound...], open: "[", close: "]")
                for product in items.matches(of: /\.product\(name: "(\w+)"/) { dependencies.insert(String(product.1)) }
                let withoutProducts = items.replacing(/\.product\([^)]*\)/, with: "")
                for target in withoutProducts.matches(of: /"(\w+)"/) { dependencies.insert(String(target.1)) }
            }
            targets[String(name)] = dependencies
        }
        return targets
    }

    /// The text up to the bracket that closes the one just opened.
    static func balanced(_ text: Substring, open: Character = "(", close: Character = ")") -> Substring {
        var depth = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == open { depth += 1 }
            if text[index] == close {
                depth -= 1
                if depth == 0 { break }
            }
            index = text.index(after: index)
        }
        return text[text.startIndex..<index]
    }

    /// The modules imported by the Swift files under `folder`, each with a file that imports it.
    static func imports(under folder: URL) -> [String: String] {
        var found: [String: String] = [:]
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", let text = try? String(contentsOf: file, encoding: .utf8) else {
                continue
            }
            for match in text.matches(of: /(?m)^\s*(?:@testable\s+)?import\s+(?:(?:struct|enum|class|func)\s+)?(\w+)/) {
                found[String(match.1)] = found[String(match.1)] ?? file.lastPathComponent
            }
        }
        return found
    }

    @Test func everyImportIsADeclaredDependency() throws {
        let targets = try Self.declaredTargets()
        #expect(targets["KefuApp"]?.contains("KefuEngine") == true, "Package.swift was not read: \(targets.keys)")
        var checked = 0
        for (target, dependencies) in targets {
            for folder in ["Sources", "Tests"] {
                let url = Self.root.appending(path: "\(folder)/\(target)")
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                for (module, file) in Self.imports(under: url)
                where module != target && !Self.toolchain.contains(module) {
                    checked += 1
                    #expect(
                        dependencies.contains(module),
                        "\(target) imports \(module) (\(file)) but Package.swift does not declare it")
                }
            }
        }
        #expect(checked > 100)
    }

    /// ARCHITECTURE.md's table `| module | depends on |` lists each library's direct kefu dependencies.
    @Test func theArchitectureTableIsPackageSwifts() throws {
        let targets = try Self.declaredTargets()
        let architecture = try String(
            contentsOf: Self.root.appending(path: "Documentation/ARCHITECTURE.md"), encoding: .utf8)
        let table = try #require(architecture.firstRange(of: "| module | depends on |\n|---|---|\n"))
        var drawn: [String: Set<String>] = [:]
        for row in architecture[table.upperBound...].split(separator: "\n").prefix(while: { $0.hasPrefix("|") }) {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
            guard let module = cells.first?.firstMatch(of: /`(\w+)`/)?.1, cells.count > 1 else { continue }
            drawn[String(module)] = Set(cells.dropFirst().first?.matches(of: /`(\w+)`/).map { String($0.1) } ?? [])
        }
        let libraries = targets.filter { $0.key.hasPrefix("Kefu") && !$0.key.hasSuffix("Tests") }
            .mapValues { $0.filter { targets[$0] != nil } }
        #expect(drawn.count == libraries.count + 1, "one row per kefu module and the executable")
        for (library, dependencies) in libraries {
            #expect(
                drawn[library] == dependencies, "\(library): drawn \(drawn[library] ?? []), declared \(dependencies)")
        }
        #expect(drawn["kefu"] == targets["kefu"])
    }
}
