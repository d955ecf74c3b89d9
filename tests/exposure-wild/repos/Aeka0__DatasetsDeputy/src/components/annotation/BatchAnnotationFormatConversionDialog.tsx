import { ArrowLeftRight, X } from "lucide-react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
} from "../../lib/annotationXmlBatch";
import {
} from "../../lib/annotationFormatConversion";
import { AnimatedPortal, useAnimatedPortalClose } from "../ui/AnimatedPortal";
import { AppSelect, type AppSelectOption } from "../ui/AppSelect";
import { Button } from "../ui/Button";
import { DialogTitleWithDataset } from "../ui/DialogTitleWithDataset";
import { Slider } from "../ui/Slider";
import { Switch } from "../ui/Switch";
export interface BatchAnnotationFormatConversionOptions {
export type LLMBackend =
  | "zhipu"
    { value: "zhipu", label: t("annotationFormatConversion.llmBackendZhipu") },
export function BatchAnnotationFormatConversionDialog({
