import { createLucideIcon } from "@lucide/vue"

const TiktokIcon = createLucideIcon("Tiktok", [
  [
    "path",
    {
      d: "M19 10.56a6.57 6.57 0 0 1-3.838-1.229v5.588a5.082 5.082 0 1 1-4.38-5.035v2.81a2.33 2.33 0 1 0 1.63 2.225V4h2.75q-.002.35.06.694A3.82 3.82 0 0 0 16.906 7.2c.621.41 1.35.629 2.094.628z",
      key: "1",
      // fill: "#000",
    },
  ],
])

export default TiktokIcon
