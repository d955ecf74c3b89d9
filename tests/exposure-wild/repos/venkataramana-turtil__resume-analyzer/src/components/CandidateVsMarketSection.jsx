import { useState, useEffect } from 'react'
export const CandidateVsMarketSection = ({ cvm }) => {
