// Realistic small-business data the seeded accounts are built from. Phone-answering agents are
// mostly sold to trades and clinics, so that is what the verticals look like.

export interface Vertical {
  id: string;
  /** Business name patterns; {surname} and {city} are filled in. */
  names: string[];
  agentNames: string[];
  role: string;
  issues: string[]; // "I've got …"
  services: string[]; // bookable / priced work
  visit: string; // what an appointment is called
  priceRange: [number, number];
  faq: { question: string; answer: string }[];
  functions: string[];
}

export const VERTICALS: readonly Vertical[] = [
  {
    id: "plumbing", names: ["{surname} Plumbing & Heating", "{city} Rapid Plumbers", "{surname} & Sons Plumbing"],
    agentNames: ["Reception", "Dispatch", "After Hours"], role: "a plumbing and heating company",
    issues: ["a leak under the kitchen sink", "no hot water since this morning", "a burst pipe in the basement", "a toilet that keeps running", "a blocked shower drain"],
    services: ["water heater replacement", "annual boiler service", "bathroom remodel quote", "drain camera inspection"],
    visit: "service visit", priceRange: [89, 450],
    faq: [
      { question: "Do you offer emergency call-outs?", answer: "Yes, 24/7 for burst pipes and major leaks; an emergency call-out fee applies after hours." },
      { question: "How much is a standard call-out?", answer: "Our standard call-out is $89, which includes the first 30 minutes of labour." },
    ],
    functions: ["calendar", "email"],
  },
  {
    id: "dental", names: ["{city} Family Dental", "{surname} Dental Care", "Bright Smile Dentistry of {city}"],
    agentNames: ["Front Desk", "Reception", "Patient Line"], role: "a family dental practice",
    issues: ["a cracked filling", "a throbbing toothache", "bleeding gums", "a chipped front tooth"],
    services: ["check-up and clean", "teeth whitening", "Invisalign consultation", "wisdom tooth assessment"],
    visit: "appointment", priceRange: [75, 600],
    faq: [
      { question: "Do you take new patients?", answer: "Yes, we are accepting new patients of all ages." },
      { question: "Which insurance do you accept?", answer: "We accept most PPO plans, including Delta Dental, Cigna and MetLife." },
    ],
    functions: ["calendar"],
  },
  {
    id: "hvac", names: ["{surname} Heating & Air", "{city} Comfort HVAC", "AirPro {city}"],
    agentNames: ["Service Desk", "Reception"], role: "a heating and air-conditioning contractor",
    issues: ["an AC unit blowing warm air", "a furnace that won't ignite", "a thermostat that's gone blank", "a loud rattling from the outdoor unit"],
    services: ["AC tune-up", "furnace replacement estimate", "duct cleaning", "heat pump installation quote"],
    visit: "technician visit", priceRange: [99, 8500],
    faq: [
      { question: "Do you offer maintenance plans?", answer: "Our Comfort Club plan is $15 a month and includes two tune-ups a year." },
      { question: "Do you finance new systems?", answer: "Yes, financing is available with approved credit." },
    ],
    functions: ["calendar", "sheets"],
  },
  {
    id: "law", names: ["{surname} Law Group", "{surname} & Partners LLP", "{city} Legal Associates"],
    agentNames: ["Intake", "Reception"], role: "a personal injury and family law firm",
    issues: ["a car accident last week", "a landlord keeping my deposit", "a question about custody arrangements", "an unpaid invoice from a former client"],
    services: ["free initial consultation", "will and estate planning", "contract review"],
    visit: "consultation", priceRange: [0, 350],
    faq: [
      { question: "Is the first consultation free?", answer: "Yes, the first 30-minute consultation is free of charge." },
      { question: "Do you work on contingency?", answer: "Personal injury cases are handled on a contingency basis." },
    ],
    functions: ["calendar", "email"],
  },
  {
    id: "auto", names: ["{surname} Auto Repair", "{city} Motor Works", "Precision Auto of {city}"],
    agentNames: ["Service Desk", "Front Desk"], role: "an independent auto repair shop",
    issues: ["a check-engine light that came on", "brakes squealing", "a car that won't start", "a clunk from the front suspension"],
    services: ["oil change", "brake pad replacement", "state inspection", "timing belt replacement"],
    visit: "drop-off slot", priceRange: [49, 1200],
    faq: [
      { question: "Do you offer loaner cars?", answer: "We have two courtesy cars, bookable in advance." },
      { question: "Do you work on hybrids?", answer: "Yes, our technicians are certified for hybrid and electric vehicles." },
    ],
    functions: ["calendar"],
  },
  {
    id: "vet", names: ["{city} Animal Hospital", "{surname} Veterinary Clinic", "Paws & Claws {city}"],
    agentNames: ["Reception", "Front Desk"], role: "a veterinary clinic",
    issues: ["a dog that ate something it shouldn't", "a cat that stopped eating", "a limping puppy", "an ear infection that came back"],
    services: ["annual vaccinations", "dental cleaning", "spay/neuter surgery", "wellness exam"],
    visit: "appointment", priceRange: [55, 900],
    faq: [
      { question: "Do you see exotic pets?", answer: "We see rabbits and guinea pigs, but not reptiles or birds." },
      { question: "Is there an emergency vet?", answer: "After hours we refer to the 24-hour emergency hospital on Main Street." },
    ],
    functions: ["calendar", "email"],
  },
  {
    id: "salon", names: ["Studio {surname}", "{city} Hair Lounge", "The {surname} Salon"],
    agentNames: ["Bookings", "Reception"], role: "a hair and beauty salon",
    issues: ["a colour that turned out too brassy", "a gift card that won't scan", "a booking I can't find in my email"],
    services: ["cut and blow-dry", "balayage", "keratin treatment", "bridal trial"],
    visit: "appointment", priceRange: [45, 320],
    faq: [
      { question: "Do you take walk-ins?", answer: "We take walk-ins when a stylist is free, but booking is recommended." },
      { question: "What is your cancellation policy?", answer: "Please give 24 hours' notice; late cancellations are charged 50%." },
    ],
    functions: ["calendar", "sheets"],
  },
];

export interface City { name: string; timezone: string; areaCodes: string[]; country: "US" | "CA" }

export const CITIES: readonly City[] = [
  { name: "Austin", timezone: "America/Chicago", areaCodes: ["512", "737"], country: "US" },
  { name: "Denver", timezone: "America/Denver", areaCodes: ["303", "720"], country: "US" },
  { name: "Portland", timezone: "America/Los_Angeles", areaCodes: ["503", "971"], country: "US" },
  { name: "Brooklyn", timezone: "America/New_York", areaCodes: ["718", "347"], country: "US" },
  { name: "Oakland", timezone: "America/Los_Angeles", areaCodes: ["510", "415"], country: "US" },
  { name: "Charlotte", timezone: "America/New_York", areaCodes: ["704", "980"], country: "US" },
  { name: "Phoenix", timezone: "America/Phoenix", areaCodes: ["602", "480"], country: "US" },
  { name: "Toronto", timezone: "America/Toronto", areaCodes: ["416", "647"], country: "CA" },
];

export const SURNAMES = ["Walker", "Okafor", "Nguyen", "Brennan", "Castillo", "Hoffman", "Patel", "Lindqvist", "Murphy", "Delgado", "Kowalski", "Reyes", "Fischer", "Adeyemi", "Sullivan", "Moreau"];
export const FIRST_NAMES = ["Maria", "James", "Aisha", "Tom", "Priya", "Daniel", "Sofia", "Liam", "Chloe", "Marcus", "Hannah", "Diego", "Grace", "Owen", "Yuki", "Fatima", "Ben", "Elena", "Noah", "Zoe"];
export const PERSONALITIES = ["friendly", "professional", "calm", "upbeat", "empathetic"];

/** Caller number formats from several countries: [country code + fixed prefix, digits to add]. */
export const CALLER_FORMATS: readonly [string, number][] = [
  ["+1512", 7], ["+1303", 7], ["+1718", 7], ["+1415", 7], ["+1604", 7], ["+1416", 7],
  ["+447", 9], ["+4915", 9], ["+614", 8], ["+3538", 8], ["+336", 8], ["+5255", 8],
];
