package i18n

// The words of the shell's side of debrief: tab completion and the values
// the shell offers.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"completion.short": {"生成 Tab 补全脚本（bash、zsh、fish、powershell）", "print the tab-completion script for bash, zsh, fish or powershell"},
			"completion.long": {
				"生成 shell 的 Tab 补全脚本：补全命令、选项和 --for、--format 等选项的取值。\n" +
					"用法见各子命令，例如 debrief completion bash --help。",
				"Print the tab-completion script of a shell: it completes commands, flags and the values of\n" +
					"--for, --format and the like. See each subcommand, e.g. debrief completion bash --help.",
			},
			"completion.shell": {"生成 %s 的补全脚本", "print the %s completion script"},
			"completion.long_bash": {
				"生成 bash 的补全脚本（需要 bash-completion 包）。\n\n" +
					"在当前终端启用：\n  source <(debrief completion bash)\n\n" +
					"以后每次都启用（二选一）：\n" +
					"  debrief completion bash > ~/.local/share/bash-completion/completions/debrief\n" +
					"  echo 'source <(debrief completion bash)' >> ~/.bashrc",
				"Print the bash completion script (needs the bash-completion package).\n\n" +
					"In this shell:\n  source <(debrief completion bash)\n\n" +
					"In every new shell (either):\n" +
					"  debrief completion bash > ~/.local/share/bash-completion/completions/debrief\n" +
					"  echo 'source <(debrief completion bash)' >> ~/.bashrc",
			},
			"completion.long_zsh": {
				"生成 zsh 的补全脚本。\n\n" +
					"在当前终端启用：\n  source <(debrief completion zsh)\n\n" +
					"以后每次都启用：\n" +
					"  debrief completion zsh > \"${fpath[1]}/_debrief\"\n" +
					"（若还没开启补全，先在 ~/.zshrc 里加一行 autoload -U compinit; compinit）",
				"Print the zsh completion script.\n\n" +
					"In this shell:\n  source <(debrief completion zsh)\n\n" +
					"In every new shell:\n" +
					"  debrief completion zsh > \"${fpath[1]}/_debrief\"\n" +
					"(if completion is not on yet, add autoload -U compinit; compinit to ~/.zshrc first)",
			},
			"completion.long_fish": {
				"生成 fish 的补全脚本。\n\n" +
					"在当前终端启用：\n  debrief completion fish | source\n\n" +
					"以后每次都启用：\n  debrief completion fish > ~/.config/fish/completions/debrief.fish",
				"Print the fish completion script.\n\n" +
					"In this shell:\n  debrief completion fish | source\n\n" +
					"In every new shell:\n  debrief completion fish > ~/.config/fish/completions/debrief.fish",
			},
			"completion.long_powershell": {
				"生成 PowerShell 的补全脚本。\n\n" +
					"在当前窗口启用：\n  debrief completion powershell | Out-String | Invoke-Expression\n\n" +
					"以后每次都启用：把上面这一行加到 $PROFILE 文件里。",
				"Print the PowerShell completion script.\n\n" +
					"In this session:\n  debrief completion powershell | Out-String | Invoke-Expression\n\n" +
					"In every new session: add that line to your $PROFILE.",
			},
			"help.short":           {"查看某个命令的说明", "help about a command"},
			"flag.no_descriptions": {"补全时不显示说明", "complete without descriptions"},

			// What the shell shows beside a value of --for.
			"audience.manager": {"给主管：工作量、典型案例、改进建议", "for a manager: workload, cases, ideas"},
			"audience.review":  {"用于述职：加上经验和成长", "for a review: adds lessons and growth"},
			"audience.me":      {"给自己：全部内容，含私人吐槽", "for yourself: everything, the vent included"},
		}
	})
}
