import React, { useEffect, useMemo, useState } from "react";
import { apiFetch } from "../services/api.js";
export default function QuestionGeneration() {
