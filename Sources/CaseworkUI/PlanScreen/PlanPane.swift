import CaseworkCore

/// The plan of the open case (the Plan tab): the s189A assessment, the steps by owner, the versions, and where
/// non-co-operation stands, drawn into a buffer. Its keys are `PlanTabPane`'s table; the edits they make are here.
/// Edits to the assessment and the steps are made on a working copy and saved together with Ctrl-S (one version
/// once the plan has been agreed); agreeing, the letter, a refusal or a warning go straight to the service, and
/// ask for unsaved edits to be saved first.
public struct PlanPane: Sendable {
    public enum Section: Int, CaseIterable, Sendable {
        case steps, assessment, versions

        var title: String {
            switch self {
            case .steps: "Steps"
            case .assessment: "Assessment"
            case .versions: "Versions"
            }
        }
    }

    let context: ConsoleContext
    let partners: PartnerDirectory
    let library: StepLibrary
    /// The case as last loaded or saved.
    public private(set) var record: Case
    /// The content the working copy was made from (for merging after a stale save).
    private(set) var base: PlanContent
    /// The officer's working copy of the assessment and steps.
    public internal(set) var working: PlanContent
    var section: Section = .steps
    /// The selected step (its id) on the steps section.
    var selectedStep: Int?
    /// The selected field on the assessment section.
    var selectedField = 0
    /// The selected version on the versions section, and the earlier version being looked at, if any.
    var selectedVersion = 0
    var viewing: Int?
    /// A text being edited in place (a step's words, an assessment field).
    var editor: PlanEditor?
    private(set) var viewArea = Rect(x: 0, y: 0, width: 80, height: 18)

    public init(record: Case, context: ConsoleContext, partners: PartnerDirectory, library: StepLibrary) {
        self.context = context
        self.partners = partners
        self.library = library
        self.record = record
        base = record.planContent
        working = record.planContent
        selectedStep = working.steps.first?.id
    }

    public var ref: String { record.ref }
    public var plan: Plan { record.plan ?? Plan() }
    public var hasUnsavedEdits: Bool { working != base || editor.map { $0.changes(working) } == true }
    /// Whether keys go to a text being edited before any table.
    public var isEditing: Bool { editor != nil }

    /// After a save or a change by someone else. With `keepEdits` the officer's unsaved work stays on top of the
    /// newer record (merged field by field); the fields both changed are returned.
    @discardableResult
    public mutating func reload(_ newer: Case, keepEdits: Bool) -> [String] {
        var clashes: [String] = []
        commitEditor()
        if keepEdits, working != base {
            let outcome = PlanMerge.merge(base: base, mine: working, theirs: newer.planContent)
            working = outcome.content
            clashes = outcome.clashes
        } else {
            working = newer.planContent
            editor = nil
        }
        record = newer
        base = newer.planContent
        if let selected = selectedStep, !working.steps.contains(where: { $0.id == selected }) { selectedStep = working.steps.first?.id }
        if selectedStep == nil { selectedStep = working.steps.first?.id }
        if let viewing, viewing > plan.version { self.viewing = nil }
        return clashes
    }

    /// The body area the pane is drawn in, so scrolling and the editors' wrapping know its size.
    public mutating func layout(in area: Rect) {
        viewArea = area
        editor?.area.width = PlanLayout(area).textWidth
    }

    /// The content on screen: an earlier version's, or the working copy.
    var shown: PlanContent { viewing.flatMap { record.planContent(version: $0) } ?? working }

    /// Puts the text being edited into the working copy (the editor stays open).
    mutating func commitEditor() {
        guard let editor else { return }
        editor.apply(to: &working)
    }

    /// The working copy with the text being edited in it: what a draft keeps.
    var workingWithEditor: PlanContent {
        var content = working
        editor?.apply(to: &content)
        return content
    }

    /// A working copy kept in a draft, put back on top of the record as it is now: only what the officer changed
    /// since `base` (the record the draft was made on) is taken, as a stale save's reload does. Returns what both changed.
    mutating func restore(_ draft: PlanContent, madeOn base: PlanContent) -> [String] {
        editor = nil
        let outcome = PlanMerge.merge(base: base, mine: draft, theirs: record.planContent)
        working = outcome.content
        if selectedStep.map({ id in !working.steps.contains { $0.id == id } }) ?? true { selectedStep = working.steps.first?.id }
        return outcome.clashes
    }
}
