import { Sparkles, X } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
} from "../../lib/annotationNormalization";
import { AnimatedPortal, useAnimatedPortalClose } from "../ui/AnimatedPortal";
import { Button } from "../ui/Button";
import { DialogTitleWithDataset } from "../ui/DialogTitleWithDataset";
import { Switch } from "../ui/Switch";
export function BatchAnnotationNormalizationDialog({
