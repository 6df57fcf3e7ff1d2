import CaseworkResources
import Foundation

extension PartnerDirectory {
    public static let fileName = "partners.json"
    static let keys = ["id", "name", "kind", "phone", "email", "address", "offers", "usualCost", "costBasis"]

    /// The council's `partners.json` in the data directory, or the standard one. A file that cannot be used is an
    /// error naming every problem by line and item, never a silent fallback: the council meant something by it.
    public static func load(fromDataDirectory directory: URL) throws(CouncilListError) -> PartnerDirectory {
        let (data, source) = try CouncilListFile.source(fileName, in: directory)
        return try decode(data, source: source)
    }

    public static func decode(_ data: Data, source: String = "partners.json") throws(CouncilListError) -> PartnerDirectory {
        var file = CouncilListFile(file: fileName, listKey: "partners")
        var partners: [Partner] = []
        for (index, element) in try file.items(of: data).enumerated() {
            let item = CouncilListItem(path: element.path, index: index, fields: element.fields)
            item.checkKeys(keys, required: ["id", "name", "kind", "offers", "usualCost"], in: &file)
            let id = item.text("id", limit: 64, in: &file)
            if let id, !DataDirectory.isPlainName(id) {
                file.fail("\(item.path).id", "'\(id)' must be letters, digits and dashes", item: index)
            }
            if let id, partners.contains(where: { $0.id == id }) {
                file.fail("\(item.path).id", "'\(id)' is used by an earlier partner", item: index)
            }
            let name = item.text("name", limit: 120, in: &file)
            let kind = item.choice("kind", as: PartnerKind.self, in: &file)
            let offers = item.text("offers", limit: 1_000, in: &file)
            var cost: Money?
            if let pounds = item.number("usualCost", in: &file) {
                cost = Money(pounds: pounds)
                if cost == nil { file.fail("\(item.path).usualCost", "must be pounds of 0 or more with at most two decimal places", item: index) }
            }
            if let id, let name, let kind, let offers, let cost {
                partners.append(Partner(id: id, name: name, kind: kind, phone: item.text("phone", limit: 40, in: &file),
                                        email: item.text("email", limit: 120, in: &file),
                                        address: item.text("address", limit: 200, in: &file), offers: offers, usualCost: cost,
                                        costBasis: item.text("costBasis", limit: 120, in: &file)))
            }
        }
        try file.finish()
        return PartnerDirectory(partners: partners, source: source)
    }
}

extension StepLibrary {
    public static let fileName = "plan-steps.json"
    static let keys = ["id", "owner", "text", "dueInDays", "partnerKind"]

    /// The council's `plan-steps.json` in the data directory, or the standard one; refused whole when wrong.
    public static func load(fromDataDirectory directory: URL) throws(CouncilListError) -> StepLibrary {
        let (data, source) = try CouncilListFile.source(fileName, in: directory)
        return try decode(data, source: source)
    }

    public static func decode(_ data: Data, source: String = "plan-steps.json") throws(CouncilListError) -> StepLibrary {
        var file = CouncilListFile(file: fileName, listKey: "steps")
        var steps: [StandardStep] = []
        for (index, element) in try file.items(of: data).enumerated() {
            let item = CouncilListItem(path: element.path, index: index, fields: element.fields)
            item.checkKeys(keys, required: ["id", "owner", "text"], in: &file)
            let id = item.text("id", limit: 64, in: &file)
            if let id, !DataDirectory.isPlainName(id) {
                file.fail("\(item.path).id", "'\(id)' must be letters, digits and dashes", item: index)
            }
            if let id, steps.contains(where: { $0.id == id }) {
                file.fail("\(item.path).id", "'\(id)' is used by an earlier step", item: index)
            }
            let owner = item.choice("owner", as: StepOwner.self, in: &file)
            let text = item.text("text", limit: PlanRules.stepTextLimit, in: &file)
            var due: Int?
            if let days = item.number("dueInDays", in: &file) {
                if days.rounded() == days, (0...365).contains(days) { due = Int(days) } else {
                    file.fail("\(item.path).dueInDays", "must be a whole number of days from 0 to 365", item: index)
                }
            }
            let kind = item.value("partnerKind").map { _ in item.choice("partnerKind", as: PartnerKind.self, in: &file) } ?? nil
            if let id, let owner, let text {
                steps.append(StandardStep(id: id, owner: owner, text: text, dueInDays: due, partnerKind: kind))
            }
        }
        try file.finish()
        return StepLibrary(steps: steps, source: source)
    }
}

extension JSONFileStore {
    /// The council's directory of partners and costed interventions.
    public func partners() throws(CouncilListError) -> PartnerDirectory {
        try PartnerDirectory.load(fromDataDirectory: root)
    }

    /// The council's library of standard plan steps.
    public func stepLibrary() throws(CouncilListError) -> StepLibrary {
        try StepLibrary.load(fromDataDirectory: root)
    }

    /// `doctor`'s view of the council's lists: each problem a finding for a person.
    public func councilListFindings() -> [DoctorReport.Finding] {
        var problems: [StoreProblem] = []
        do { _ = try partners() } catch { problems += error.problems }
        do { _ = try stepLibrary() } catch { problems += error.problems }
        return problems.map { DoctorReport.Finding(kind: .invalidCouncilList, file: $0.file, position: $0.position, detail: $0.reason) }
    }
}

extension PartnerDirectory {
    /// The list shipped in `Resources/partners.json`, read once.
    public static func standard() throws(CouncilListError) -> PartnerDirectory { try shipped.get() }

    private static let shipped = Result { () throws(CouncilListError) -> PartnerDirectory in
        try decode(try CouncilListFile.shipped(fileName), source: "the standard \(fileName)")
    }
}

extension StepLibrary {
    /// The list shipped in `Resources/plan-steps.json`, read once.
    public static func standard() throws(CouncilListError) -> StepLibrary { try shipped.get() }

    private static let shipped = Result { () throws(CouncilListError) -> StepLibrary in
        try decode(try CouncilListFile.shipped(fileName), source: "the standard \(fileName)")
    }
}

extension CouncilListFile {
    static func shipped(_ name: String) throws(CouncilListError) -> Data {
        guard let data = StandardResources.data(name) else {
            throw CouncilListError(problems: [StoreProblem(file: name, position: "", reason: "the standard copy is missing from this installation")])
        }
        return data
    }
}
