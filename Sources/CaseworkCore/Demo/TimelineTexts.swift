/// What officers write in a timeline, as templates for synthetic cases. `{landlord}` and `{date}` are filled in.
/// Long enough that a generated case weighs what a real one does (4–8 KB of JSON).
enum TimelineTexts {
    static let applicantCalls = [
        "Called the applicant to confirm the details on the online form. Household composition confirmed; no change since the application. Explained what triage will do next and that we will try to keep them in their home.",
        "Applicant called in upset after a letter from the landlord. Reassured them that the notice does not mean they must leave on the date given and that only a court can evict. Advised them not to leave before we have spoken to the landlord.",
        "Spoke to the applicant about income and outgoings. Universal Credit housing element in payment; shortfall against the rent of about £120 a month. Discussed a discretionary housing payment application and budgeting support.",
        "Left a voicemail asking the applicant to call back about the missing bank statements. Sent a text with the same request and the upload link.",
        "Applicant confirmed they are staying with a friend for the next few nights but cannot stay beyond the weekend. Checked for any risk to them or the children; none disclosed. Will review interim accommodation if nothing is found.",
        "Went through the Personalised Housing Plan steps with the applicant by phone. They agreed to register with three letting agents and to send the affordability form by Friday.",
    ]

    static let landlordCalls = [
        "Called {landlord} to discuss the notice. They want the property back but are open to more time if the rent is covered; offered to look at a payment plan for the arrears. Will call back after speaking to their agent.",
        "Emailed {landlord} asking whether they would accept a Discretionary Housing Payment towards the shortfall in exchange for withdrawing the notice. Awaiting a reply.",
        "{landlord} confirmed the deposit is held with the DPS but could not say when the prescribed information was given. Asked for a copy of the certificate and the gas safety record.",
        "Negotiated with {landlord}: they agreed to hold off court action until {date} while we help the household find a new home.",
    ]

    static let otherParties = [
        (ContactParty.dwp, ContactChannel.call, "Called the DWP partnership manager about the Universal Credit housing costs element, which stopped after a change of circumstances. They will reinstate it from the next assessment period."),
        (ContactParty.benefits, ContactChannel.email, "Sent a Discretionary Housing Payment application to the benefits team with the applicant's bank statements and the rent statement."),
        (ContactParty.socialServices, ContactChannel.call, "Spoke to children's services about the household; no open case, but they asked to be told if the family is placed outside the borough."),
        (ContactParty.other, ContactChannel.email, "Referred the applicant to the Citizens Advice debt team for help with the car finance and council tax arrears."),
        (ContactParty.referrer, ContactChannel.call, "Discussed the referral with the referring officer; discharge date confirmed and consent to share information recorded."),
    ]

    static let internalNotes = [
        "Reviewed the case before the appointment: notice, tenancy agreement and income evidence on file. Likely prevention duty; the landlord is open to negotiation.",
        "Checked the housing register: the household is registered in band C. Advised that a social home is unlikely within 56 days and private rented options should be the main route.",
        "Case discussed at the weekly triage meeting; agreed to prioritise given the notice expiry date and the children in the household.",
        "Quality check: the assessment letter was sent in writing and the review rights paragraph is included.",
    ]

    static let circumstances = [
        "The household has rented the property for several years without arrears. The landlord has served notice because they want to sell. The applicant works part-time and cannot raise a deposit and rent in advance.",
        "The applicant has been asked to leave by family after a breakdown in relationships caused by overcrowding. They have been sofa-surfing with friends since.",
        "The applicant is due to be discharged from hospital and cannot return to the previous address, which is not accessible for a wheelchair.",
        "The household fell into rent arrears after a change in Universal Credit; the landlord has served a section 8 notice on the arrears ground.",
    ]

    static let housingNeeds = [
        "Two-bedroom home within reach of the children's school; ground floor or lift access not required. Private rented acceptable with help towards a deposit.",
        "One-bedroom or studio, or a room in a shared house; close to work in the town centre; rent within the Local Housing Allowance rate.",
        "Accessible ground-floor accommodation with level access; near the hospital for outpatient appointments.",
    ]

    static let supportNeeded = [
        "Help with a deposit and rent in advance through the rent deposit scheme; budgeting support; help to register with letting agents.",
        "Tenancy sustainment support after moving; referral to mental health services already in place and continuing.",
        "Support with benefits claims and a referral to the floating support service.",
    ]

    static let applicantSteps = [
        "Register with at least three letting agents and send us their details",
        "Send two months of bank statements and proof of income",
        "Apply to join the housing register online",
        "Attend the budgeting appointment with the money advice team",
        "Look for rooms and flats within the LHA rate and send us anything suitable",
    ]

    static let councilSteps = [
        "Contact the landlord to negotiate more time or withdrawal of the notice",
        "Consider a Discretionary Housing Payment application for the shortfall",
        "Check eligibility for the rent deposit scheme and arrange an offer letter",
        "Refer to the floating support service",
        "Search the private rented sector offer list for suitable homes",
    ]

    static let preventedHow = [
        "The landlord agreed to withdraw the notice after a Discretionary Housing Payment cleared the arrears.",
        "Family mediation: the applicant can stay with their parents for at least six more months.",
        "Helped the household into a private let through the rent deposit scheme.",
    ]
}
