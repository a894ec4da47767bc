// Call scripts the seeded transcripts are rendered from. Placeholders in {braces} are filled per
// call (see calls.ts) so summaries read like real calls: leaks, bookings, pricing, complaints…
import type { CallOutcome, TranscriptType } from "../types";

export interface Scenario {
  type: TranscriptType;
  outcomes: CallOutcome[];
  opener: string; // caller's first line
  core: [agent: string, caller: string][]; // the exchanges that make the call what it is
  summary: string;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    type: "Sales Inquiry", outcomes: ["Lead Captured", "Information Provided", "Follow-up Required"],
    opener: "Hi, I'm looking for a price on {service}.",
    core: [
      ["Happy to help with that. Is this for a home or a business?", "It's for our house, we're in {area}."],
      ["For {service} most customers pay between ${priceLow} and ${priceHigh}, depending on the job.", "Okay, that's roughly what I expected."],
      ["Would you like someone to come out and give you an exact quote?", "Yes, that would be great."],
      ["Can I take your name and the best number to reach you?", "It's {name}, and this number is fine."],
    ],
    summary: "{name} asked about pricing for {service}; quoted ${priceLow}–${priceHigh} as a typical range.",
  },
  {
    type: "Sales Inquiry", outcomes: ["Lead Captured", "No Action", "Escalated"],
    opener: "Hello, do you do {service}? A neighbour recommended you.",
    core: [
      ["We do, and thanks for the referral! When were you hoping to get it done?", "Ideally in the next couple of weeks."],
      ["We have availability from {day}. Do you want me to pencil something in?", "Let me check with my partner first, but take my details."],
      ["Of course. What's your name?", "{name}."],
    ],
    summary: "Referral from a neighbour; {name} interested in {service} within two weeks, wants to confirm dates first.",
  },
  {
    type: "Support Request", outcomes: ["Resolved", "Escalated", "Unresolved", "Follow-up Required"],
    opener: "Hi, I've got {issue} and I don't know what to do.",
    core: [
      ["I'm sorry to hear that. Is it urgent, is anything being damaged right now?", "It's getting worse, yes."],
      ["Okay. For now, {firstAid}.", "Right, I can do that."],
      ["I can get a technician to you {day} around {time}. Does that work?", "The sooner the better, honestly."],
      ["Understood. What's the address?", "{street}, in {area}."],
    ],
    summary: "{name} reported {issue}. Agent gave interim advice ({firstAid}) and discussed a {visit} {day} at {time}.",
  },
  {
    type: "Support Request", outcomes: ["Resolved", "Information Provided", "Unresolved"],
    opener: "Quick question about the work you did for us last month.",
    core: [
      ["Of course, can I have the name on the account?", "It's under {name}."],
      ["Thanks, I can see the job. What's the question?", "The invoice says two hours labour but it felt shorter."],
      ["Labour is billed in half-hour blocks and includes travel time on the invoice.", "Ah, that explains it."],
    ],
    summary: "{name} queried labour hours on last month's invoice; billing in half-hour blocks including travel was explained.",
  },
  {
    type: "General Info", outcomes: ["Information Provided", "Resolved", "Unknown"],
    opener: "Hi, what time are you open until today?",
    core: [
      ["We're open until {close} today, and from {open} tomorrow.", "And are you open on weekends?"],
      ["We're closed on Saturday and Sunday, but our answering service takes messages.", "Okay. Do I need to book or can I just come in?"],
      ["Booking is best, but we'll always try to fit you in.", "Great."],
    ],
    summary: "Caller asked about opening hours and weekend availability; told {open}–{close} Monday to Friday.",
  },
  {
    type: "General Info", outcomes: ["Information Provided", "No Action", "Unknown"],
    opener: "Do you cover {area}? I wasn't sure from the website.",
    core: [
      ["Yes, {area} is inside our normal service area.", "Is there an extra charge for coming out here?"],
      ["No travel charge within the service area.", "Good to know, thanks."],
    ],
    summary: "Caller checked whether {area} is in the service area (it is, with no travel charge).",
  },
  {
    type: "Complaint", outcomes: ["Escalated", "Unresolved", "Follow-up Required", "Resolved"],
    opener: "I'm calling because I'm really not happy with the {service} last week.",
    core: [
      ["I'm sorry to hear that. Can you tell me what went wrong?", "The technician was two hours late and left a mess."],
      ["That's not the standard we aim for. I've noted both points.", "And now there's {issue} again."],
      ["I'd like the manager to look at this personally. Is this the best number?", "Yes. I want this sorted this week."],
    ],
    summary: "Complaint from {name} about last week's {service}: late arrival, mess left behind and {issue} again. Wants it fixed this week.",
  },
  {
    type: "Complaint", outcomes: ["Escalated", "Resolved", "Unresolved"],
    opener: "I've been charged twice for the same {visit}.",
    core: [
      ["I'm sorry about that. What's the name on the booking?", "{name}."],
      ["I can see two payments of ${price}. One looks like a duplicate.", "So can I get it back?"],
      ["I'll flag it for a refund; it usually takes three to five business days.", "Okay, please make sure it happens."],
    ],
    summary: "{name} was charged twice (${price}) for one {visit}; duplicate payment flagged for refund.",
  },
  {
    type: "Feedback", outcomes: ["No Action", "Resolved", "Information Provided"],
    opener: "I just wanted to say thank you for the {service} yesterday.",
    core: [
      ["That's lovely to hear, thank you for calling!", "Your technician was so patient and explained everything."],
      ["I'll pass that on to the team. Would you mind leaving us a review?", "Sure, send me the link."],
    ],
    summary: "Positive feedback from {name} about yesterday's {service}; asked for a review link.",
  },
  {
    type: "Feedback", outcomes: ["No Action", "Follow-up Required"],
    opener: "Just some feedback: your online booking page kept timing out.",
    core: [
      ["Thanks for letting us know. Which device were you using?", "My phone, on the mobile site."],
      ["I'll pass it to the office so they can check the booking page.", "Thanks, otherwise everything has been great."],
    ],
    summary: "Caller reported the online booking page timing out on mobile; passed to the office.",
  },
  {
    type: "Booking", outcomes: ["Resolved", "Follow-up Required", "Lead Captured"],
    opener: "Hi, I'd like to book a {service}, please.",
    core: [
      ["Of course. Are you an existing customer?", "Yes, it should be under {name}."],
      ["I have {day} at {time} or the following morning. Which suits you?", "{day} at {time} works."],
      ["Lovely, that's booked. You'll get a confirmation text shortly.", "Perfect."],
      ["Is there anything the technician should know before coming?", "There's a side gate, the code is 4412."],
    ],
    summary: "{name} booked a {service} for {day} at {time}. Gate code noted for the visit.",
  },
  {
    type: "Booking", outcomes: ["Follow-up Required", "Resolved", "Unresolved"],
    opener: "Can I move my {visit} to later in the week?",
    core: [
      ["Sure, what's the name on the booking?", "{name}."],
      ["I can offer {day} at {time}.", "Is there anything after five?"],
      ["Not this week, but I can ask the office to check for cancellations.", "Please do."],
    ],
    summary: "{name} asked to reschedule their {visit}; offered {day} at {time}, wants an evening slot if one opens up.",
  },
  {
    type: "Cancellation", outcomes: ["Cancelled", "Resolved", "Follow-up Required"],
    opener: "I need to cancel my {visit} on {day}.",
    core: [
      ["No problem. Can I have your name?", "{name}."],
      ["I've found it: {service} on {day} at {time}. Would you like to rebook?", "Not right now, things are hectic."],
      ["Understood, I've cancelled it. There's no fee with this much notice.", "Thanks."],
    ],
    summary: "{name} cancelled the {service} on {day} at {time}; no cancellation fee applied.",
  },
  {
    type: "Cancellation", outcomes: ["Cancelled", "Escalated", "Unresolved"],
    opener: "I want to cancel my maintenance plan.",
    core: [
      ["I'm sorry to hear that. May I ask why?", "We're moving out of {area} next month."],
      ["Plan cancellations need the account holder's confirmation by email.", "Can't you just do it now?"],
      ["I'll pass it to the accounts team so they can process it today.", "Fine."],
    ],
    summary: "{name} asked to cancel the maintenance plan because they are moving out of {area}.",
  },
];

export const OUTCOME_NOTES: Record<CallOutcome, string> = {
  "Resolved": "Resolved on the call.",
  "Unresolved": "Not resolved; caller was unhappy with the options offered.",
  "Escalated": "Call transferred to the on-call manager per escalation policy.",
  "Follow-up Required": "Office to call back {day} to confirm.",
  "Information Provided": "Caller given the requested information.",
  "Lead Captured": "Contact details captured: {name}, {caller}.",
  "Cancelled": "Booking cancelled in the calendar.",
  "No Action": "No action needed.",
  "Unknown": "Call dropped before the purpose was fully clear.",
};

export const OUTCOME_CLOSINGS: Record<CallOutcome, string> = {
  "Resolved": "Great, you're all set. Is there anything else I can help with?",
  "Unresolved": "I'm sorry I can't do more right now. I'll leave a note for the team.",
  "Escalated": "Let me transfer you to our manager now, please hold.",
  "Follow-up Required": "Someone from the office will call you back {day} to confirm.",
  "Information Provided": "I hope that helps. Anything else?",
  "Lead Captured": "Thanks {first}, I've passed your details on and someone will be in touch today.",
  "Cancelled": "That's cancelled for you. We hope to see you again soon.",
  "No Action": "Thanks so much for calling.",
  "Unknown": "Hello? Are you still there?",
};

/** Small talk that pads a call to its length without changing what it is about. */
export const FILLERS: readonly [string, string][] = [
  ["Could you spell your last name for me?", "Sure, it's {spelled}."],
  ["And is {caller} the best number to reach you?", "Yes, that's my mobile."],
  ["Do you have an email for the confirmation?", "It's {emailUser}@gmail.com."],
  ["Sorry, you cut out for a second there. Could you repeat that?", "I said {area}, near the high school."],
  ["Have you used us before?", "Once, a couple of years ago."],
  ["Just one moment while I check that for you.", "No rush."],
  ["Is there a good time of day to reach you?", "Mornings are best."],
  ["Can I ask how you heard about us?", "Google, I think. You had good reviews."],
];

export const FIRST_AID: readonly string[] = [
  "please turn off the water at the main stopcock",
  "keep the area clear and don't use it until we've looked at it",
  "take a photo so the technician can see it before arriving",
  "switch the unit off at the breaker for now",
];

export const STREETS = ["14 Maple Avenue", "220 Oak Street", "7 Riverside Drive", "39 Elm Court", "1180 Park Boulevard", "5 Birch Lane"];
export const AREAS = ["Westside", "the north end", "Riverside", "Old Town", "Hillcrest", "Lakeview"];
export const DAYS = ["tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
export const TIMES = ["8:30am", "10am", "11:30am", "1pm", "2:30pm", "4pm"];
