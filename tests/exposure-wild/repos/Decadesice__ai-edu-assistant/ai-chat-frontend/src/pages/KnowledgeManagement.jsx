import React, { useEffect, useMemo, useRef, useState } from "react";
import { apiFetch, getApiBase } from "../services/api.js";
export default function KnowledgeManagement() {
