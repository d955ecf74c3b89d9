export const evaluationDimensions = {
  usability: {
    name: 'Usability',
    description: 'Nielsen\'s 10 Usability Heuristics',
    principles: [
      'Visibility of system status',
      'Match between system and real world',
      'User control and freedom',
      'Consistency and standards',
      'Error prevention',
      'Recognition rather than recall',
      'Flexibility and efficiency of use',
      'Aesthetic and minimalist design',
      'Help users recognize, diagnose, and recover from errors',
      'Help and documentation'
    ]
  },
  accessibility: {
    name: 'Accessibility',
    description: 'WCAG POUR Principles',
    principles: [
      'Perceivable - Information must be presentable to users in ways they can perceive',
      'Operable - User interface components must be operable',
      'Understandable - Information and UI operation must be understandable',
      'Robust - Content must be robust enough for interpretation by assistive technologies'
    ]
  },
  visual: {
    name: 'Visual Design',
    description: '12 Principles of Visual Design',
    principles: [
      'Hierarchy',
      'Balance',
      'Contrast',
      'Repetition',
      'Proximity',
      'Alignment',
      'White Space',
      'Color',
      'Typography',
      'Imagery',
      'Grid Systems',
      'Consistency'
    ]
  }
};
