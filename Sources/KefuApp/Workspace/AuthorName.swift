import Foundation

/// Who a changeset is by: `KEFU_AUTHOR`, else git's `user.name`, else the login name.
public enum AuthorName {
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let author = environment["KEFU_AUTHOR"]?.trimmingCharacters(in: .whitespaces), !author.isEmpty {
            return author
        }
        if let gitName = gitUserName(), !gitName.isEmpty {
            return gitName
        }
        return environment["USER"] ?? environment["LOGNAME"] ?? ProcessInfo.processInfo.userName
    }

    private static func gitUserName() -> String? {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["git", "config", "user.name"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
