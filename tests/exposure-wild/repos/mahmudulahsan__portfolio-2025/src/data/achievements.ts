/**
 * Achievements & Certifications
 * 
 * Add your achievements, awards, and certifications here.
 * These will be displayed in the "My Profile" window.
 * 
 * Each achievement should include:
 * - title: Achievement or certification name
 * - description: Brief description or issuing organization
 * - link: (Optional) URL to certificate or proof
 */

export interface Achievement {
  title: string;
  description: string;
  link?: string;
}

export const achievements: Achievement[] = [
  {
    title: "ITEE FE Level 2 (2024)",
    description: "National Rank 5th",
    link: "https://i.ibb.co.com/gFTkqBsN/itee.png"
  },
  {
    title: "RUET Day Innovation Idea Contest (2023)",
    description: "3rd Place"
  },
  {
    title: "Vivasoft Weekdemy 1.0",
    description: "Successfully Completed Frontend Training (JavaScript, React, Nextjs) in Vivasoft with the industry experts",
    link: "https://i.ibb.co.com/C5D7m9gr/vivasoft.png"
  },
  {
    title: "Python Django from EDGE project of BCC, ICT Division",
    description: "Successfully completed the Python Django Training under the EDGE Project of BCC (ICT Division) at RUET, conducted by industry experts",
    link: "https://i.ibb.co.com/6cjLLhpb/edge.png"
  },
  {
    title: "Legacy Responsive Web Design V8 Certification",
    description: "FreeCodeCamp",
    link: "https://www.freecodecamp.org/certification/fcc6b747c85-1a0c-4289-b1fc-85ee670ce790/responsive-web-design"
  },
  {
    title: "Frontend Development Libraries V8 Certification",
    description: "FreeCodeCamp",
    link: "https://www.freecodecamp.org/certification/fcc6b747c85-1a0c-4289-b1fc-85ee670ce790/front-end-development-libraries"
  },
  {
    title: "Legacy JavaScript Algorithms & Data Structures V7 Certification",
    description: "FreeCodeCamp",
    link: "https://www.freecodecamp.org/certification/fcc6b747c85-1a0c-4289-b1fc-85ee670ce790/javascript-algorithms-and-data-structures"
  },

];
