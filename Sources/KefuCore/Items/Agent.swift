/// A person who takes over conversations (客服人员 / 主管).
public struct Agent: Hashable, Sendable, Codable {
    public enum Role: String, CaseIterable, Sendable, Codable {
        case agent, supervisor
    }

    public var id: ItemID
    public var name: String
    public var role: Role
    public var skills: [String]
    /// On-duty hours; `nil` means always.
    public var hours: WorkingHours?

    enum CodingKeys: String, CodingKey {
        case id, name, role, skills, hours
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ItemID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        role = try container.decodeIfPresent(Role.self, forKey: .role) ?? .agent
        skills = try container.decodeIfPresent([String].self, forKey: .skills) ?? []
        hours = try container.decodeIfPresent(String.self, forKey: .hours).flatMap(WorkingHours.init(parsing:))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(role, forKey: .role)
        try container.encode(skills, forKey: .skills)
        try container.encodeIfPresent(hours?.description, forKey: .hours)
    }
}
