// English texts of sampleStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  sampleMission: 'Become {account}’s preferred partner for its core supplies, growing together with reliable service.',
  sampleOverview: 'Regional leader in its segment; buys centrally, with purchasing, logistics and quality involved in every decision.',
  sampleObjectives: 'Move from preferred supplier to main supplier (Mid-KAM → Partnership-KAM) within three years.',
  sampleFactor1: 'On-time delivery',
  sampleFactor2: 'Technical support',
  sampleFactor3: 'Price stability',
  sampleAction1: 'Quarterly business review with purchasing and logistics',
  sampleAction2: 'Introduce our quality manager to their quality team',
  sampleOwner1: 'Account manager',
  sampleOwner2: 'Quality manager',
  sampleContact1: 'Head buyer',
  sampleContact2: 'Logistics manager',
  sampleRole1: 'Purchasing',
  sampleRole2: 'Logistics',
  sampleOurContact2: 'Logistics lead',
} as const;

export default en;
