/// Finds every occurrence of many phrases in one pass over a text (Aho–Corasick over UTF-8 bytes).
///
/// Built once per store version from every keyword, synonym and lexicon phrase, so matching a message
/// costs the length of the message, not the number of rules. Phrases that begin or end with an ASCII
/// letter or digit only match at word boundaries there (`hi` does not match inside `this`); Chinese
/// phrases match anywhere, since Chinese has no spaces.
public struct PhraseAutomaton: Sendable {
    /// Edges of node `n` are `edgeLabels[edgeStart[n]..<edgeStart[n + 1]]`, sorted.
    private let edgeStart: [Int32]
    private let edgeLabels: [UInt8]
    private let edgeTargets: [Int32]
    /// The root's edges as a table, since every byte passes through it.
    private let rootTable: [Int32]
    private let failure: [Int32]
    /// Phrases ending at node `n`, its own and those of its failure chain: `outputs[outputStart[n]..<outputStart[n+1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    private let phraseLengths: [Int32]
    private let boundedStart: [Bool]
    private let boundedEnd: [Bool]

    /// The phrases, in the order their indexes refer to. Empty phrases never match.
    public init(phrases: [String]) {
        var children: [[UInt8: Int32]] = [[:]]
        var ownOutputs: [[Int32]] = [[]]
        var lengths: [Int32] = []
        var startBound: [Bool] = []
        var endBound: [Bool] = []
        for (index, phrase) in phrases.enumerated() {
            let bytes = Array(phrase.utf8)
            lengths.append(Int32(bytes.count))
            startBound.append(bytes.first.map(Self.isWordByte) ?? false)
            endBound.append(bytes.last.map(Self.isWordByte) ?? false)
            guard !bytes.isEmpty else { continue }
            var node: Int32 = 0
            for byte in bytes {
                if let next = children[Int(node)][byte] {
                    node = next
                } else {
                    let next = Int32(children.count)
                    children[Int(node)][byte] = next
                    children.append([:])
                    ownOutputs.append([])
                    node = next
                }
            }
            ownOutputs[Int(node)].append(Int32(index))
        }

        var failure = [Int32](repeating: 0, count: children.count)
        var merged = ownOutputs
        var queue: [Int32] = children[0].values.sorted()
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (byte, child) in children[Int(node)].sorted(by: { $0.key < $1.key }) {
                queue.append(child)
                if node != 0 {
                    var fallback = failure[Int(node)]
                    while fallback != 0, children[Int(fallback)][byte] == nil { fallback = failure[Int(fallback)] }
                    failure[Int(child)] = children[Int(fallback)][byte] ?? 0
                }
                merged[Int(child)] += merged[Int(failure[Int(child)])]
            }
        }

        var edgeStart: [Int32] = [0]
        var labels: [UInt8] = []
        var targets: [Int32] = []
        var outputStart: [Int32] = [0]
        var outputs: [Int32] = []
        for node in children.indices {
            for (byte, child) in children[node].sorted(by: { $0.key < $1.key }) {
                labels.append(byte)
                targets.append(child)
            }
            edgeStart.append(Int32(labels.count))
            outputs += merged[node]
            outputStart.append(Int32(outputs.count))
        }
        var rootTable = [Int32](repeating: 0, count: 256)
        for (byte, child) in children[0] { rootTable[Int(byte)] = child }

        self.edgeStart = edgeStart
        self.edgeLabels = labels
        self.edgeTargets = targets
        self.rootTable = rootTable
        self.failure = failure
        self.outputStart = outputStart
        self.outputs = outputs
        self.phraseLengths = lengths
        self.boundedStart = startBound
        self.boundedEnd = endBound
    }

    /// Writes the automaton's arrays, for a kept engine.
    func write(to writer: inout SnapshotWriter) {
        writer.append(edgeStart)
        writer.append(edgeLabels)
        writer.append(edgeTargets)
        writer.append(rootTable)
        writer.append(failure)
        writer.append(outputStart)
        writer.append(outputs)
        writer.append(phraseLengths)
        writer.append(boundedStart.map { $0 ? UInt8(1) : 0 })
        writer.append(boundedEnd.map { $0 ? UInt8(1) : 0 })
    }

    /// The automaton `write(to:)` wrote, every node, edge and output checked to be in range.
    init(reading reader: inout SnapshotReader) throws {
        edgeStart = try reader.array(of: Int32.self)
        edgeLabels = try reader.array(of: UInt8.self)
        edgeTargets = try reader.array(of: Int32.self)
        rootTable = try reader.array(of: Int32.self)
        failure = try reader.array(of: Int32.self)
        outputStart = try reader.array(of: Int32.self)
        outputs = try reader.array(of: Int32.self)
        phraseLengths = try reader.array(of: Int32.self)
        boundedStart = try reader.array(of: UInt8.self).map { $0 != 0 }
        boundedEnd = try reader.array(of: UInt8.self).map { $0 != 0 }
        let nodes = Int32(failure.count)
        let phrases = Int32(phraseLengths.count)
        func ascending(_ starts: [Int32], ending count: Int) -> Bool {
            starts.count == Int(nodes) + 1 && starts.first == 0 && starts.last == Int32(count)
                && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
        }
        guard nodes > 0, rootTable.count == 256, edgeTargets.count == edgeLabels.count,
            ascending(edgeStart, ending: edgeLabels.count), ascending(outputStart, ending: outputs.count),
            boundedStart.count == phraseLengths.count, boundedEnd.count == phraseLengths.count,
            (edgeTargets + rootTable + failure).allSatisfy({ (0..<nodes).contains($0) }),
            outputs.allSatisfy({ (0..<phrases).contains($0) }), phraseLengths.allSatisfy({ $0 >= 0 })
        else { throw SnapshotError.inconsistent("the phrase automaton's arrays do not fit together") }
    }

    /// Every occurrence of every phrase in `text`, in order of where they end.
    public func matches(in text: String) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        var text = text
        text.withUTF8 { bytes in
            var node: Int32 = 0
            for position in 0..<bytes.count {
                node = step(from: node, byte: bytes[position])
                let first = Int(outputStart[Int(node)])
                let last = Int(outputStart[Int(node) + 1])
                guard first < last else { continue }
                for output in outputs[first..<last] {
                    let start = position + 1 - Int(phraseLengths[Int(output)])
                    if boundedStart[Int(output)], start > 0, Self.isWordByte(bytes[start - 1]) { continue }
                    if boundedEnd[Int(output)], position + 1 < bytes.count, Self.isWordByte(bytes[position + 1]) {
                        continue
                    }
                    found.append(PhraseMatch(phrase: output, start: start, end: position + 1))
                }
            }
        }
        return found
    }

    private func step(from node: Int32, byte: UInt8) -> Int32 {
        var node = node
        while true {
            if node == 0 { return rootTable[Int(byte)] }
            let lower = Int(edgeStart[Int(node)])
            let upper = Int(edgeStart[Int(node) + 1])
            var index = lower
            while index < upper {
                if edgeLabels[index] == byte { return edgeTargets[index] }
                if edgeLabels[index] > byte { break }
                index += 1
            }
            node = failure[Int(node)]
        }
    }

    /// ASCII letters and digits: the bytes that make a Latin word.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }
}
