import KefuCore
import KefuStore

/// Where buyers' ratings of the bot's replies arrive from a live bridge: kept on the logged message of
/// the session's latest reply, with what the buyer said masked like everything else kefu keeps.
public struct RatingDesk: Sendable {
    private let store: Store
    private let boundary = PersonalDataBoundary()

    public init(store: Store) { self.store = store }

    /// Rates the latest reply logged in `session`.
    /// - Returns: the rated message and the item that answered it.
    /// - Throws: `AppFailure` (data error) when the session has no logged reply to rate.
    public func rate(session: String, _ rating: BuyerRating, comment: String?) throws -> LoggedMessageRating {
        let kept = comment.map(boundary.kept(text:))
        guard let rated = try store.rateLatestReply(in: session, rating: rating.score, comment: kept) else {
            throw AppFailure(.dataError, Message(.ratingNoReply, session))
        }
        return rated
    }
}
