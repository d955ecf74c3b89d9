"use client";
import { useState } from "react";
export function EventLog({ entries }: EventLogProps) {
