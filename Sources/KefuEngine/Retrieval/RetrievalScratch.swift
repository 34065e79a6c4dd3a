/// One message's retrieval scores, in buffers as large as the bundle that are allocated once and
/// reused (`ScratchPool`): scoring writes only where the message's columns lead, remembers where, and
/// `clear` zeroes only those places. A message thus costs what it touches, not the bundle's size.
struct RetrievalScratch: Sendable {
    /// The cosine of the message to each question (over searchable columns).
    var questionScore: [Float]
    /// The questions with a score, in the order first reached.
    var touchedQuestions: [Int32] = []
    /// For each FAQ: the cosine to its nearest question, which question that is (-1: none), and the
    /// cosine to its centroid.
    var nearest: [Float]
    var nearestQuestion: [Int32]
    var centroid: [Float]
    /// The FAQs with a score, nearest or centroid, in the order first reached.
    var touchedFAQs: [Int32] = []
    private var isTouched: [Bool]

    init(questionCount: Int, faqCount: Int) {
        questionScore = [Float](repeating: 0, count: questionCount)
        nearest = [Float](repeating: 0, count: faqCount)
        nearestQuestion = [Int32](repeating: -1, count: faqCount)
        centroid = [Float](repeating: 0, count: faqCount)
        isTouched = [Bool](repeating: false, count: faqCount)
    }

    /// The retrieval similarity of `faq`: nearest question and centroid together (0 when untouched).
    func combined(_ faq: Int32) -> Float { (nearest[Int(faq)] + centroid[Int(faq)]) / 2 }

    /// Records that `faq` has a score.
    mutating func touch(_ faq: Int32) {
        guard !isTouched[Int(faq)] else { return }
        isTouched[Int(faq)] = true
        touchedFAQs.append(faq)
    }

    /// Back to all zeros, by visiting only what was touched.
    mutating func clear() {
        for question in touchedQuestions { questionScore[Int(question)] = 0 }
        for faq in touchedFAQs {
            nearest[Int(faq)] = 0
            nearestQuestion[Int(faq)] = -1
            centroid[Int(faq)] = 0
            isTouched[Int(faq)] = false
        }
        touchedQuestions.removeAll(keepingCapacity: true)
        touchedFAQs.removeAll(keepingCapacity: true)
    }
}
