import { CandidateCard } from './CandidateCard.jsx'
import { ATSSection } from './ATSSection.jsx'
import { ImprovementPlanSection } from './ImprovementPlanSection.jsx'
import { SalarySection } from './SalarySection.jsx'
import { PersonalSalarySection } from './PersonalSalarySection.jsx'
import { MarketFitSection } from './MarketFitSection.jsx'
import { CandidateVsMarketSection } from './CandidateVsMarketSection.jsx'
export const ResultsDashboard = ({ sections, streaming, charCount, market, onReset }) => {
