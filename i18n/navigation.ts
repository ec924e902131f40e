// Locale-aware Link, redirect and router hooks, so links keep the reader's interface language.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
