import KefuCore
import KefuEngine
import Mustache

/// Finds the variables a template uses that nothing provides, by letting swift-mustache itself render
/// it against stand-ins for every known name and logging each lookup. Rendering twice, once with every
/// name present and true and once with all absent, walks both sides of `{{#x}}` and `{{^x}}`.
struct TemplateProbe {
    let vocabulary: TemplateVocabulary

    /// The unknown dotted names in `text`, in the order first used; empty when the text does not parse.
    func unknownNames(in text: String) -> [String] {
        distinct(logs(of: text).flatMap { $0.unknown() })
    }

    /// The known dotted names `text` looks up (`order`, `order.status`), in the order first used.
    func usedNames(in text: String) -> [String] {
        distinct(
            logs(of: text).flatMap { log in
                log.lookups.filter(\.known).map { ($0.owner + [$0.name]).joined(separator: ".") }
            })
    }

    /// The lookups of two renders, one with every name present and true and one with all absent; none
    /// when the text does not parse.
    private func logs(of text: String) -> [LookupLog] {
        guard MustacheLimits.problem(in: text) == nil, let template = try? MustacheTemplate(string: text) else {
            return []
        }
        return [true, false].map { present in
            let log = LookupLog()
            _ = template.render(Stand(path: [], shape: .record(vocabulary.root), present: present, log: log))
            return log
        }
    }

    private func distinct(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// Every lookup made while rendering, in order.
    final class LookupLog {
        struct Lookup {
            let owner: [String]
            let name: String
            let known: Bool
        }
        var lookups: [Lookup] = []

        /// Misses that were final. Mustache looks a name up in each section's object from the innermost
        /// out, so a miss followed at once by the same name on another object was only a step outward.
        func unknown() -> [String] {
            lookups.indices.compactMap { position in
                let lookup = lookups[position]
                guard !lookup.known else { return nil }
                if position + 1 < lookups.count {
                    let next = lookups[position + 1]
                    if next.name == lookup.name, next.owner != lookup.owner { return nil }
                }
                return (lookup.owner + [lookup.name]).joined(separator: ".")
            }
        }
    }

    /// The stand-in for one name: a record answers lookups of its fields; text and flags answer none.
    struct Stand: MustacheParent, CustomStringConvertible {
        let path: [String]
        let shape: TemplateVocabulary.Shape
        let present: Bool
        let log: LookupLog

        func child(named name: String) -> Any? {
            guard case .record(let fields) = shape, let inner = fields[name] else {
                log.lookups.append(LookupLog.Lookup(owner: path, name: name, known: false))
                return nil
            }
            log.lookups.append(LookupLog.Lookup(owner: path, name: name, known: true))
            switch inner {
            case .flag: return present
            case .value, .record:
                return present ? Stand(path: path + [name], shape: inner, present: true, log: log) : nil
            }
        }

        var description: String { path.joined(separator: ".") }
    }
}
