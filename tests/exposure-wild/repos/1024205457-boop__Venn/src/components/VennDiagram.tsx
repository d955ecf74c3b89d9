"use client";
import { useEffect, useRef, useCallback, useState } from "react";
import * as d3 from "d3";
import type { VennNode, VennRelation, VennData } from "@/types/venn";
import { estimateNodeDensity, densityLevel } from "@/types/venn";
export default function VennDiagram({ data, onDataChange, onDeepAnalyze, deepAnalyzing, onOpenWiki }: Props) {
