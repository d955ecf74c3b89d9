"use client";
import { useState, useEffect, useRef } from "react";
import type { VennNode, VennRelation, VennData } from "@/types/venn";
import { flattenNodes, findNodeById, estimateNodeDensity, densityLevel } from "@/types/venn";
export default function WikiPanel({ data, onDataChange, selectedNodeId, onSelectNode }: Props) {
