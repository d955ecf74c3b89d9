'use client';
import React, { useState } from 'react';
export default function HomePage() {
