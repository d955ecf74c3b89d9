import { ArrowLeft, Database, DatabaseZap, Folders } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { cn } from "../../lib/cn";
import { useDatasetStore } from "../../stores/datasetStore";
export function ImportWizardView() {
    "no-drag import-wizard-option group row-span-3 grid min-w-0 grid-rows-subgrid content-start rounded-md bg-transparent px-5 py-8 text-left transition-[background-color,transform] duration-500 ease-in-out hover:bg-neutral-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-neutral-300 disabled:cursor-not-allowed disabled:opacity-50",
    isAttentionActive && "import-wizard-option-attention"
