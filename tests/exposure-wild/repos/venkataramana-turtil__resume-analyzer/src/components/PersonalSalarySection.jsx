import { useState, useEffect } from 'react'
import { fmtMoney } from '../helpers.js'
export const PersonalSalarySection = ({ ps, market }) => {
