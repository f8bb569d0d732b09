/// The frames a verb of the lexicons takes (the `frames` column).
public struct VerbFrames: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Introduces a reported clause: comma + clause, `dass`, `ob`, colon (`c`).
    public static let clause = VerbFrames(rawValue: 1 << 0)
    /// Frames a quotation (`q`).
    public static let quote = VerbFrames(rawValue: 1 << 1)
    /// Its object is the content (`o`).
    public static let object = VerbFrames(rawValue: 1 << 2)
    /// Marks thought or assumption (`t`).
    public static let thought = VerbFrames(rawValue: 1 << 3)
    /// The subject sends forces (`s`).
    public static let sends = VerbFrames(rawValue: 1 << 4)
    /// Forces are present, trained or on their way (`p`).
    public static let presence = VerbFrames(rawValue: 1 << 5)
    /// A deployment noun that names its forces itself (`Truppeneinsatz`) (`f`).
    public static let forces = VerbFrames(rawValue: 1 << 6)
    /// Judges its object (`X bezeichnete Y als Z`, `X nannte Y einen Z`): the judgement is content (`j`).
    public static let judgement = VerbFrames(rawValue: 1 << 7)
    /// Names no speaker as its subject (`es heißt`, `wurde bekannt`, `steht in X`): the source, if
    /// any, is a document or place it points to (`in einem Bericht`, `aus einer Mitteilung`) (`i`).
    public static let impersonal = VerbFrames(rawValue: 1 << 8)
    /// Quotes someone: its object (or its passive subject) is the speaker, its subject the medium (`zitieren`) (`z`).
    public static let quotesObject = VerbFrames(rawValue: 1 << 9)
    /// Tells its content to a dative addressee and takes no person as its accusative object
    /// (`sagen`, `mitteilen`): a noun phrase before it with a name or `er`/`sie` right after it
    /// is the addressee, the latter the speaker (`Der Zeitung sagte X: …`) (`d`).
    public static let addressee = VerbFrames(rawValue: 1 << 10)
    /// Takes only an introduced clause (`dass`, `ob`, the Konjunktiv, `zu`): a plain main clause in the
    /// indicative around it is the narrator's (`veröffentlichte eine Liste, darin stehen …`) (`n`).
    public static let introducedClause = VerbFrames(rawValue: 1 << 11)

    /// Frames that take no plain main clause in the indicative as content.
    public static let plainClauseExcluded: VerbFrames = [.thought, .introducedClause]

    /// Reads a frames column (`cqo`, `s`, `-`).
    public init(codes: String) {
        var frames: VerbFrames = []
        for code in codes {
            switch code {
            case "c": frames.insert(.clause)
            case "q": frames.insert(.quote)
            case "o": frames.insert(.object)
            case "t": frames.insert(.thought)
            case "n": frames.insert(.introducedClause)
            case "s": frames.insert(.sends)
            case "p": frames.insert(.presence)
            case "f": frames.insert(.forces)
            case "j": frames.insert(.judgement)
            case "i": frames.insert(.impersonal)
            case "z": frames.insert(.quotesObject)
            case "d": frames.insert(.addressee)
            default: break
            }
        }
        self = frames
    }
}
