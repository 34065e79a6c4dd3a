import Foundation
import KefuCore
import KefuEngine

/// The REPL's commands, one method each; none of them changes anything when it fails.
extension ChatSession {
    mutating func run(_ command: ChatCommandName, argument: String) -> [ChatEvent] {
        switch command {
        case .help: help(argument)
        case .why: lastReply.map { [.explanation(Explanation(of: $0))] } ?? [.problem(Message(.chatNothingYet))]
        case .trace: trace(argument)
        case .as: playAs(argument)
        case .tags: tag(argument)
        case .product: view(argument)
        case .lang: speak(argument)
        case .image: send(IncomingMessage("", type: .image))
        case .reset: reset()
        case .handoffs:
            state.tickets.isEmpty ? [.notice(Message(.chatNoHandoffs))] : [.tickets(state.tickets)]
        case .find: find(argument)
        case .open: open()
        case .reload: reload()
        case .save: save(argument)
        case .quit: [.quit]
        }
    }

    private func help(_ argument: String) -> [ChatEvent] {
        guard !argument.isEmpty else { return [.help(ChatCommandName.allCases)] }
        let name = argument.hasPrefix(":") ? String(argument.dropFirst()) : argument
        guard let command = ChatCommandName(rawValue: name.lowercased()) else {
            return [.problem(Message(.chatUnknownCommand, name))]
        }
        return [.help([command])]
    }

    private mutating func trace(_ argument: String) -> [ChatEvent] {
        switch argument.lowercased() {
        case "on":
            setShowsTrace(true)
            return [.notice(Message(.chatTraceOn))]
        case "off":
            setShowsTrace(false)
            return [.notice(Message(.chatTraceOff))]
        default:
            return [.problem(Message(.chatUsage, ChatCommandName.trace.usage))]
        }
    }

    private mutating func playAs(_ argument: String) -> [ChatEvent] {
        // Another buyer brings their own tags: tags set for the one before (`:tags vip`) would otherwise
        // outrank the ones the notice names.
        _ = set(\.tags, nil)
        guard let buyer = set(\.buyer, argument.isEmpty ? nil : argument) else {
            return [.notice(Message(.chatBuyerCleared))]
        }
        guard let record = content.shop.buyer(id: buyer) else {
            return [.notice(Message(.chatBuyerUnknown, buyer))]
        }
        let tags = record.list("tags")
        return [.notice(Message(.chatBuyerSet, buyer, tags.isEmpty ? "-" : tags.joined(separator: ", ")))]
    }

    private mutating func tag(_ argument: String) -> [ChatEvent] {
        let tags = argument.split { $0 == "," || $0 == "，" || $0.isWhitespace }.map(String.init)
        guard let tags = set(\.tags, tags.isEmpty ? nil : tags) else { return [.notice(Message(.chatTagsCleared))] }
        return [.notice(Message(.chatTagsSet, tags.joined(separator: ", ")))]
    }

    private mutating func view(_ argument: String) -> [ChatEvent] {
        guard let sku = set(\.product, argument.isEmpty ? nil : argument) else {
            return [.notice(Message(.chatProductCleared))]
        }
        guard let product = content.shop.product(sku: sku) else {
            return [.notice(Message(.chatProductUnknown, sku))]
        }
        return [.notice(Message(.chatProductSet, sku, product["title"] ?? sku))]
    }

    private mutating func speak(_ argument: String) -> [ChatEvent] {
        guard !argument.isEmpty else {
            _ = set(\.locale, nil)
            return [.notice(Message(.chatLocaleCleared))]
        }
        guard let tag = LocaleTag(parsing: argument) else {
            return [.problem(Message(.invalidLocale, argument))]
        }
        _ = set(\.locale, tag.description)
        let locales = engine.content.settings.locales
        if !locales.contains(where: { $0.lowercased() == tag.description.lowercased() }) {
            return [
                .notice(
                    Message(
                        .chatLocaleMissing, tag.description, locales.joined(separator: ", "),
                        locales.first ?? "zh-CN"))
            ]
        }
        return [.notice(Message(.chatLocaleSet, tag.description))]
    }

    private mutating func reset() -> [ChatEvent] {
        startOver()
        return [.notice(Message(.chatReset, state.id))] + start()
    }

    private func find(_ argument: String) -> [ChatEvent] {
        guard !argument.isEmpty else { return [.problem(Message(.chatUsage, ChatCommandName.find.usage))] }
        let mentions = ItemFinder(records: content.records).mentions(of: argument)
        return mentions.isEmpty ? [.notice(Message(.chatFindNone, argument))] : [.mentions(mentions)]
    }

    private func open() -> [ChatEvent] {
        guard let source = lastReply?.source, let file = source.file else {
            return [.problem(Message(lastReply == nil ? .chatNothingYet : .chatNoSource))]
        }
        return [.location(path: backend.root.appending(path: file).path, line: source.line ?? 1)]
    }

    private mutating func reload() -> [ChatEvent] {
        do {
            let reload = try backend.reload()
            try replaceContent(reload.content)
            let warnings: [ChatEvent] = reload.warnings.isEmpty ? [] : [.diagnostics(reload.warnings)]
            return warnings + reload.summary.map(ChatEvent.notice) + [.notice(Message(.chatReloaded, exchanges.count))]
        } catch let error as DiagnosticsError {
            return [.diagnostics(error.diagnostics), .problem(Message(.chatReloadKept))]
        } catch {
            return [.problem(Message(.chatFailed, "\(error)")), .problem(Message(.chatReloadKept))]
        }
    }

    private func save(_ argument: String) -> [ChatEvent] {
        guard !argument.isEmpty else { return [.problem(Message(.chatUsage, ChatCommandName.save.usage))] }
        do {
            let saved = try ConversationRecorder(exchanges: exchanges, records: content.records)
                .save(as: argument, in: backend.root)
            var events: [ChatEvent] = [.notice(Message(.chatSaved, exchanges.count, saved.path))]
            if saved.profileChanged { events.append(.notice(Message(.chatSaveProfileChanged))) }
            return events
        } catch let refusal as ChatRefusal {
            return [.problem(refusal.message)]
        } catch let error as DiagnosticsError {
            return [.diagnostics(error.diagnostics)]
        } catch {
            return [.problem(Message(.chatFailed, "\(error)"))]
        }
    }
}
