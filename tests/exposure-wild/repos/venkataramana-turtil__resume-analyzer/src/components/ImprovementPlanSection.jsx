import { useState, useEffect } from 'react'
import { atsColor } from '../helpers.js'
export const ImprovementPlanSection = ({ plan, currentScore }) => {
