import React from "react";
import { motion } from "framer-motion";
import { useAppContext } from "@/context/AppContext";
import { Sprout, Leaf, Cpu } from "lucide-react";
export default SplashScreen;
