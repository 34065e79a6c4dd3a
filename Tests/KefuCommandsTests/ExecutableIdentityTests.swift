import Foundation
import Testing

@testable import KefuApp

/// A kept catalog is read only by the kefu that kept it: the identity names this executable's size, time
/// and inode, so it is known (never the one-process fallback) and it matches a stat of the file.
@Suite struct ExecutableIdentityTests {
    @Test func namesThisExecutable() throws {
        let identity = ExecutableIdentity.current
        #expect(!identity.hasPrefix("unknown"), "\(identity)")
        let path = try #require(Bundle.main.executablePath)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let size = try #require((attributes[.size] as? NSNumber)?.intValue)
        let inode = try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
        #expect(identity.hasPrefix("\(size)-") && identity.hasSuffix("-\(inode)"), "\(identity)")
        #expect(ExecutableIdentity.current == identity)
    }
}
