// The 9 voices documented in the reference (GET /voices). voice_id in agent bodies must be one of these.
export interface Voice { id: string; name: string; accent: string; description: string; gender: "Male" | "Female" }

export const VOICES: readonly Voice[] = [
  { id: "f5HLTX707KIM4SzJYzSz", name: "Kevin", accent: "American", description: "Professional, warm, and articulate", gender: "Male" },
  { id: "KR1TkIhkSykEjI4B0DtH", name: "Sarah", accent: "American", description: "Confident, friendly, and approachable", gender: "Female" },
  { id: "4BWwbsA70lmV7RMG0Acs", name: "Lucy", accent: "British", description: "Energetic, clear, and engaging", gender: "Female" },
  { id: "YLbQE9U7P1K6rBNJWNSv", name: "Jake", accent: "Australian", description: "Young, reliable, and professional", gender: "Male" },
  { id: "h2I5OFX58E5TL5AitYwR", name: "Dominic", accent: "American", description: "Elegant, sophisticated, and charming", gender: "Male" },
  { id: "kdmDKE6EkgrWrrykO9Qt", name: "Ava", accent: "American", description: "Elegant, sophisticated, and charming", gender: "Female" },
  { id: "EST9Ui6982FZPSi7gCHi", name: "Elise", accent: "American", description: "Professional and friendly", gender: "Female" },
  { id: "4e32WqNVWRquDa1OcRYZ", name: "Ryan", accent: "American", description: "Professional and friendly", gender: "Male" },
  { id: "7WggD3IoWTIPT19PNyrW", name: "Jon", accent: "American", description: "Knowing and poised", gender: "Male" },
];

export const VOICE_IDS = new Set(VOICES.map((v) => v.id));
