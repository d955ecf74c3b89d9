import React, { useRef, useState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/hooks/use-toast";
import { Camera, FlipHorizontal, Image } from "lucide-react";
import { useAppContext } from "@/context/AppContext";
export default CameraComponent;
