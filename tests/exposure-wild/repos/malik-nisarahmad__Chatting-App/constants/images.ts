import bg from "@/assets/images/bg.png";
import highlight from "@/assets/images/highlight.png";
import mm from "@/assets/images/mm.png";
import rankingGradient from "@/assets/images/rankingGradient.png";

export const images = {
  bg,
  highlight,
  rankingGradient,
  mm
};
