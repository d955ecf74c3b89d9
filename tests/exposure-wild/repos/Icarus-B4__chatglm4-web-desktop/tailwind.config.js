/** @type {import('tailwindcss').Config} */
  plugins: [require("tailwindcss-animate"), require("@tailwindcss/typography")],
