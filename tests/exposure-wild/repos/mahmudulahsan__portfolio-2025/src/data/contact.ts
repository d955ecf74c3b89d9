/**
 * Contact Information
 * 
 * Update your contact details and social media links here.
 * These will appear in the "Contact Me" window.
 */

export const contactInfo = {
  email: "mamahi1998@gmail.com",
  phone: "+8801521561664",
  address: "Dhaka, Bangladesh",

  // Social Media & Professional Links
  // You can add, remove, or modify these links as needed
  links: [
    {
      id: "email",
      label: "Email",
      value: "mamahi1998@gmail.com",
      href: "mailto:mamahi1998@gmail.com",
      icon: "email" // Special case: uses Mail icon component
    },
    {
      id: "linkedin",
      label: "LinkedIn Profile",
      value: "LinkedIn Profile",
      href: "https://www.linkedin.com/in/ahsanmahmudul/",
      icon: "IN"
    },
    {
      id: "github",
      label: "GitHub Profile",
      value: "GitHub Profile",
      href: "https://github.com/mahmudulahsan",
      icon: "GH"
    },
    {
      id: "problem-solving",
      label: "Leetcode Profile",
      value: "Leetcode Profile",
      href: "https://leetcode.com/u/mahmudulahsan/",
      icon: "LC"
    },
    {
      id: "youtube",
      label: "YouTube Channel",
      value: "YouTube Channel",
      href: "https://www.youtube.com/@mahmudulahsan3721",
      icon: "YT"
    },
    {
      id: "devto",
      label: "dev.to",
      value: "dev.to",
      href: "https://dev.to/mahmudulahsan",
      icon: "DV"
    }
  ]
};
