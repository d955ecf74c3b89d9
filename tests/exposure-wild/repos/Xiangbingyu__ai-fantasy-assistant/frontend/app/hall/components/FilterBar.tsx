import { useState } from 'react';
export default function FilterBar({
